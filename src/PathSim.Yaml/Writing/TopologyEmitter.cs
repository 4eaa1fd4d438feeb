using System.Globalization;
using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Topology;
using PathSim.Yaml.Schema;

namespace PathSim.Yaml.Writing;

/// <summary>Emits one topology, resource kind by resource kind, in the order of TOPOLOGY.md.</summary>
internal sealed class TopologyEmitter(YamlEventWriter w, NetworkTopology t)
{
    public void Emit()
    {
        w.BeginMapping();
        w.Key("pathsim");
        w.Plain("1");
        w.Key("region");
        w.Text(t.Region);
        if (t.Account is not null)
        {
            w.Key("account");
            w.Quoted(t.Account);
        }
        List("vpcs", t.Vpcs, Vpc);
        List("subnets", t.Subnets, Subnet);
        List("route_tables", t.RouteTables, RouteTable);
        List("internet_gateways", t.InternetGateways, InternetGateway);
        List("nat_gateways", t.NatGateways, NatGateway);
        List("vpc_endpoints", t.VpcEndpoints, Endpoint);
        List("vpc_peering_connections", t.VpcPeeringConnections, Peering);
        List("prefix_lists", t.PrefixLists, PrefixList);
        List("security_groups", t.SecurityGroups, SecurityGroup);
        List("network_acls", t.NetworkAcls, NetworkAcl);
        List("network_interfaces", t.NetworkInterfaces, NetworkInterface);
        List("redshift_clusters", t.RedshiftClusters, Cluster);
        List("s3_buckets", t.S3Buckets, Bucket);
        w.EndMapping();
    }

    private void List<T>(string key, ValueArray<T> items, Action<T> write)
    {
        if (items.IsEmpty) return;
        w.Key(key);
        w.BeginSequence();
        foreach (var item in items)
        {
            w.BeginMapping();
            write(item);
            w.EndMapping();
        }
        w.EndSequence();
    }

    /// <summary>A nested list that is always written, even empty: `egress: []` means something.</summary>
    private void Rules<T>(string key, ValueArray<T> items, Action<T> write)
    {
        w.Key(key);
        w.BeginSequence();
        foreach (var item in items)
        {
            w.BeginMapping(flow: true);
            write(item);
            w.EndMapping();
        }
        w.EndSequence();
    }

    private void Pair(string key, string value)
    {
        w.Key(key);
        w.Text(value);
    }

    private void PlainPair(string key, string value)
    {
        w.Key(key);
        w.Plain(value);
    }

    private void Optional(string key, string? value)
    {
        if (value is not null) Pair(key, value);
    }

    private void Optional(string key, Ipv4Address? value)
    {
        if (value is { } v) PlainPair(key, v.ToString());
    }

    private void Bool(string key, bool value) => PlainPair(key, value ? "true" : "false");

    private void Ids<T>(string key, ValueArray<T> ids, bool always = false)
    {
        if (ids.IsEmpty && !always) return;
        w.Key(key);
        w.BeginSequence(flow: true);
        foreach (var id in ids) w.Text(id!.ToString()!);
        w.EndSequence();
    }

    private void Policy(PolicyText? policy)
    {
        if (policy is null) return;
        w.Key("policy");
        w.Quoted(policy.Json);
    }

    private void Vpc(Vpc v)
    {
        Pair("id", v.Id.Value);
        if (v.Cidrs.Count == 1) PlainPair("cidr", v.Cidrs[0].ToString());
        else Ids("cidrs", v.Cidrs, always: true);
        Bool("enable_dns_support", v.EnableDnsSupport);
        Bool("enable_dns_hostnames", v.EnableDnsHostnames);
        if (v.Region != t.Region) Pair("region", v.Region);
        if (v.Account != t.Account)
        {
            w.Key("account");
            if (v.Account is null) w.Null();
            else w.Quoted(v.Account);
        }
    }

    private void Subnet(Subnet s)
    {
        Pair("id", s.Id.Value);
        Pair("vpc", s.Vpc.Value);
        PlainPair("cidr", s.Cidr.ToString());
        Optional("availability_zone", s.AvailabilityZone);
        Optional("route_table", s.RouteTable?.Value);
        Optional("network_acl", s.NetworkAcl?.Value);
        if (s.MapPublicIpOnLaunch) Bool("map_public_ip_on_launch", true);
    }

    private void RouteTable(RouteTable r)
    {
        Pair("id", r.Id.Value);
        Pair("vpc", r.Vpc.Value);
        Bool("main", r.IsMain);
        Rules("routes", r.Routes, route =>
        {
            Pair("destination", route.Destination.ToString());
            Pair("target", route.Target.Id);
            if (route.Origin != RouteOrigin.Static) PlainPair("origin", TopologySchema.Origin.NameOf(route.Origin));
            // A blackhole target implies the state; a deleted target needs it said (R5).
            if (route.State != RouteState.Active && route.Target.Kind != RouteTargetKind.Blackhole)
                PlainPair("state", TopologySchema.State.NameOf(route.State));
        });
    }

    private void InternetGateway(InternetGateway g)
    {
        Pair("id", g.Id.Value);
        Optional("vpc", g.Vpc?.Value);
    }

    private void NatGateway(NatGateway n)
    {
        Pair("id", n.Id.Value);
        Pair("subnet", n.Subnet.Value);
        PlainPair("connectivity", TopologySchema.Connectivity.NameOf(n.Connectivity));
        Optional("private_ip", n.PrivateIp);
        Optional("public_ip", n.PublicIp);
        if (n.NetworkInterface is { } eni) Pair("network_interface", eni.Value);
        if (!n.IsAvailable) PlainPair("state", TopologySchema.NatGatewayState.NameOf(false));
    }

    private void Endpoint(VpcEndpoint e)
    {
        Pair("id", e.Id.Value);
        Pair("vpc", e.Vpc.Value);
        Pair("service", e.ServiceName);
        PlainPair("type", TopologySchema.EndpointType.NameOf(e.Type));
        Ids("route_tables", e.RouteTables);
        Ids("subnets", e.Subnets);
        Ids("security_groups", e.SecurityGroups);
        Ids("network_interfaces", e.NetworkInterfaces);
        if (!e.PrivateDns) Bool("private_dns", false);
        Policy(e.Policy);
        if (!e.IsAvailable) PlainPair("state", TopologySchema.EndpointState.NameOf(false));
    }

    private void Peering(VpcPeeringConnection p)
    {
        Pair("id", p.Id.Value);
        Pair("requester_vpc", p.RequesterVpc.Value);
        Pair("accepter_vpc", p.AccepterVpc.Value);
        Optional("accepter_region", p.AccepterRegion);
        PlainPair("status", TopologySchema.PeeringStatus.NameOf(p.IsActive));
    }

    private void PrefixList(PrefixList p)
    {
        Pair("id", p.Id.Value);
        Pair("name", p.Name);
        Ids("cidrs", p.Cidrs, always: true);
    }

    private void SecurityGroup(SecurityGroup g)
    {
        Pair("id", g.Id.Value);
        Pair("vpc", g.Vpc.Value);
        Optional("name", g.Name);
        Rules("ingress", g.Ingress, r => Rule(r, "source"));
        Rules("egress", g.Egress, r => Rule(r, "destination"));
    }

    private void Rule(SecurityGroupRule r, string peerKey)
    {
        PlainPair("protocol", r.Protocol.ToString());
        if (!r.Ports.IsAll) PlainPair("ports", r.Ports.ToString());
        Pair(peerKey, r.Peer.ToString());
        Optional("description", r.Description);
    }

    private void NetworkAcl(NetworkAcl a)
    {
        Pair("id", a.Id.Value);
        Pair("vpc", a.Vpc.Value);
        Bool("default", a.IsDefault);
        Rules("ingress", a.Ingress, e => Entry(e, "source"));
        Rules("egress", a.Egress, e => Entry(e, "destination"));
    }

    private void Entry(NetworkAclEntry e, string peerKey)
    {
        PlainPair("rule", e.RuleNumber.ToString(CultureInfo.InvariantCulture));
        PlainPair("protocol", e.Protocol.ToString());
        if (!e.Ports.IsAll) PlainPair("ports", e.Ports.ToString());
        PlainPair(peerKey, e.Cidr.ToString());
        PlainPair("action", TopologySchema.AclAction.NameOf(e.Action));
    }

    private void NetworkInterface(NetworkInterface n)
    {
        Pair("id", n.Id.Value);
        Pair("subnet", n.Subnet.Value);
        PlainPair("private_ip", n.PrivateIp.ToString());
        Optional("public_ip", n.PublicIp);
        Ids("security_groups", n.SecurityGroups);
        if (n.Kind != NetworkInterfaceKind.Other) PlainPair("kind", TopologySchema.InterfaceKind.NameOf(n.Kind));
        Optional("instance", n.Instance?.Value);
        Optional("description", n.Description);
    }

    private void Cluster(RedshiftCluster c)
    {
        Pair("id", c.Id.Value);
        PlainPair("deployment", TopologySchema.Deployment.NameOf(c.Deployment));
        Optional("node_type", c.NodeType);
        Bool("enhanced_vpc_routing", c.EnhancedVpcRouting);
        Bool("publicly_accessible", c.PubliclyAccessible);
        Optional("elastic_ip", c.ElasticIp);
        Ids("subnets", c.Subnets, always: true);
        // Always written: a cluster without the key would read back with its VPC's default group.
        Ids("security_groups", c.SecurityGroups, always: true);
        Ids("iam_roles", c.IamRoles);
        PlainPair("catalog", TopologySchema.Catalog.NameOf(c.Catalog));
        if (!c.Buckets.IsEmpty)
        {
            Rules("buckets", c.Buckets, b =>
            {
                Pair("bucket", b.Bucket);
                w.Key("uses");
                w.BeginSequence(flow: true);
                foreach (var (name, use) in TopologySchema.Use.Names)
                    if (b.Uses.HasFlag(use)) w.Plain(name);
                w.EndSequence();
            });
        }
        Ids("network_interfaces", c.NetworkInterfaces);
    }

    private void Bucket(S3Bucket b)
    {
        Pair("name", b.Name);
        if (b.Region != t.Region) Pair("region", b.Region);
        Policy(b.Policy);
    }
}
