using System.Text.Json;
using PathSim.Topology;

namespace PathSim.Benchmarks.Snapshots;

/// <summary>
/// Writes a topology as the <c>aws ec2 describe-*</c> / <c>aws redshift describe-*</c> outputs a real
/// snapshot holds (CLI.md, Batfish layout <c>DIR/&lt;region&gt;/*.json</c>), so the snapshot reader can be
/// benchmarked on organisation-sized input. Only what describe calls show is written: Serverless
/// workgroups, bucket uses and S3 buckets are not EC2/Redshift describe output and are left out.
/// </summary>
public static class DescribeSnapshotWriter
{
    public static void Write(NetworkTopology topology, string directory)
    {
        var dir = Path.Combine(directory, topology.Region);
        Directory.CreateDirectory(dir);
        var subnetsByTable = topology.Subnets.Where(s => s.RouteTable is not null).ToLookup(s => s.RouteTable!.Value);
        var subnetsByAcl = topology.Subnets.ToLookup(s => s.NetworkAcl ?? DefaultAcl(topology, s.Vpc));
        var gatewayEndpointsByTable = topology.VpcEndpoints.Where(e => e.Type == VpcEndpointType.Gateway)
            .SelectMany(e => e.RouteTables.Select(t => (Table: t, Endpoint: e))).ToLookup(p => p.Table, p => p.Endpoint);
        var s3PrefixList = topology.PrefixLists.FirstOrDefault(p => p.Name.EndsWith(".s3", StringComparison.Ordinal))?.Id;
        var vpcCidr = topology.Vpcs.ToDictionary(v => v.Id, v => v.Cidrs[0]);

        File("vpcs.json", "Vpcs", topology.Vpcs, (w, v) =>
        {
            w.WriteString("VpcId", v.Id.Value);
            w.WriteString("CidrBlock", v.Cidrs[0].ToString());
            w.WriteString("OwnerId", v.Account);
            w.WriteString("State", "available");
            w.WriteBoolean("IsDefault", false);
        });
        foreach (var v in topology.Vpcs)
            Write(Path.Combine(dir, $"vpc-attributes-{v.Id.Value}.json"), w =>
            {
                w.WriteString("VpcId", v.Id.Value);
                w.WriteStartObject("EnableDnsSupport"); w.WriteBoolean("Value", v.EnableDnsSupport); w.WriteEndObject();
                w.WriteStartObject("EnableDnsHostnames"); w.WriteBoolean("Value", v.EnableDnsHostnames); w.WriteEndObject();
            });
        File("subnets.json", "Subnets", topology.Subnets, (w, s) =>
        {
            w.WriteString("SubnetId", s.Id.Value);
            w.WriteString("VpcId", s.Vpc.Value);
            w.WriteString("CidrBlock", s.Cidr.ToString());
            w.WriteString("AvailabilityZone", s.AvailabilityZone);
            w.WriteBoolean("MapPublicIpOnLaunch", s.MapPublicIpOnLaunch);
            w.WriteString("State", "available");
        });
        File("route-tables.json", "RouteTables", topology.RouteTables, (w, t) =>
        {
            w.WriteString("RouteTableId", t.Id.Value);
            w.WriteString("VpcId", t.Vpc.Value);
            w.WriteStartArray("Associations");
            if (t.IsMain) { w.WriteStartObject(); w.WriteBoolean("Main", true); w.WriteString("RouteTableId", t.Id.Value); w.WriteEndObject(); }
            foreach (var s in subnetsByTable[t.Id])
            {
                w.WriteStartObject();
                w.WriteBoolean("Main", false);
                w.WriteString("SubnetId", s.Id.Value);
                w.WriteString("RouteTableId", t.Id.Value);
                w.WriteStartObject("AssociationState"); w.WriteString("State", "associated"); w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("Routes");
            WriteRoute(w, vpcCidr[t.Vpc].ToString(), null, "GatewayId", "local", "active", "CreateRouteTable");
            foreach (var e in gatewayEndpointsByTable[t.Id])
                if (s3PrefixList is { } pl) WriteRoute(w, null, pl.Value, "GatewayId", e.Id.Value, "active", "CreateRoute");
            foreach (var r in t.Routes)
            {
                string field = r.Target.Kind switch
                {
                    RouteTargetKind.NatGateway => "NatGatewayId",
                    RouteTargetKind.VpcPeeringConnection => "VpcPeeringConnectionId",
                    RouteTargetKind.TransitGateway => "TransitGatewayId",
                    RouteTargetKind.NetworkInterface => "NetworkInterfaceId",
                    RouteTargetKind.EgressOnlyInternetGateway => "EgressOnlyInternetGatewayId",
                    _ => "GatewayId",
                };
                // describe shows a blackhole as a route whose target is gone.
                string target = r.Target.Kind == RouteTargetKind.Blackhole ? $"nat-retired-{t.Id.Value}" : r.Target.Id;
                if (r.Target.Kind == RouteTargetKind.Blackhole) field = "NatGatewayId";
                WriteRoute(w, r.Destination.Cidr?.ToString(), r.Destination.PrefixList?.Value, field, target,
                    r.State == RouteState.Blackhole ? "blackhole" : "active", "CreateRoute");
            }
            w.WriteEndArray();
        });
        File("network-acls.json", "NetworkAcls", topology.NetworkAcls, (w, a) =>
        {
            w.WriteString("NetworkAclId", a.Id.Value);
            w.WriteString("VpcId", a.Vpc.Value);
            w.WriteBoolean("IsDefault", a.IsDefault);
            w.WriteStartArray("Associations");
            foreach (var s in subnetsByAcl[a.Id])
            {
                w.WriteStartObject(); w.WriteString("NetworkAclId", a.Id.Value); w.WriteString("SubnetId", s.Id.Value); w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("Entries");
            foreach (var (entries, egress) in new[] { (a.Ingress, false), (a.Egress, true) })
            {
                foreach (var e in entries) WriteAclEntry(w, e.RuleNumber, egress, e.Protocol.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    e.Protocol.HasPorts ? e.Ports : null, e.Cidr.ToString(), e.Action == NetworkAclAction.Allow ? "allow" : "deny");
                WriteAclEntry(w, 32767, egress, "-1", null, "0.0.0.0/0", "deny");
            }
            w.WriteEndArray();
        });
        File("security-groups.json", "SecurityGroups", topology.SecurityGroups, (w, g) =>
        {
            w.WriteString("GroupId", g.Id.Value);
            w.WriteString("GroupName", g.Name ?? g.Id.Value);
            w.WriteString("Description", g.Name ?? g.Id.Value);
            w.WriteString("VpcId", g.Vpc.Value);
            WritePermissions(w, "IpPermissions", g.Ingress);
            WritePermissions(w, "IpPermissionsEgress", g.Egress);
        });
        File("internet-gateways.json", "InternetGateways", topology.InternetGateways, (w, g) =>
        {
            w.WriteString("InternetGatewayId", g.Id.Value);
            w.WriteStartArray("Attachments");
            if (g.Vpc is { } vpc) { w.WriteStartObject(); w.WriteString("State", "available"); w.WriteString("VpcId", vpc.Value); w.WriteEndObject(); }
            w.WriteEndArray();
        });
        File("nat-gateways.json", "NatGateways", topology.NatGateways, (w, n) =>
        {
            w.WriteString("NatGatewayId", n.Id.Value);
            w.WriteString("SubnetId", n.Subnet.Value);
            w.WriteString("State", n.IsAvailable ? "available" : "pending");
            w.WriteString("ConnectivityType", n.Connectivity == NatGatewayConnectivity.Private ? "private" : "public");
            w.WriteStartArray("NatGatewayAddresses");
            w.WriteStartObject();
            if (n.PrivateIp is { } ip) w.WriteString("PrivateIp", ip.ToString());
            if (n.PublicIp is { } eip) w.WriteString("PublicIp", eip.ToString());
            w.WriteBoolean("IsPrimary", true);
            w.WriteEndObject();
            w.WriteEndArray();
        });
        File("vpc-endpoints.json", "VpcEndpoints", topology.VpcEndpoints, (w, e) =>
        {
            w.WriteString("VpcEndpointId", e.Id.Value);
            w.WriteString("VpcEndpointType", e.Type.ToString());
            w.WriteString("VpcId", e.Vpc.Value);
            w.WriteString("ServiceName", e.ServiceName);
            w.WriteString("State", e.IsAvailable ? "available" : "pending");
            if (e.Policy is { } policy) w.WriteString("PolicyDocument", policy.Json);
            Strings(w, "RouteTableIds", e.RouteTables.Select(t => t.Value));
            Strings(w, "SubnetIds", e.Subnets.Select(s => s.Value));
            w.WriteStartArray("Groups");
            foreach (var g in e.SecurityGroups) { w.WriteStartObject(); w.WriteString("GroupId", g.Value); w.WriteEndObject(); }
            w.WriteEndArray();
            w.WriteBoolean("PrivateDnsEnabled", e.Type == VpcEndpointType.Interface && e.PrivateDns);
        });
        File("vpc-peering-connections.json", "VpcPeeringConnections", topology.VpcPeeringConnections, (w, p) =>
        {
            w.WriteString("VpcPeeringConnectionId", p.Id.Value);
            w.WriteStartObject("Status"); w.WriteString("Code", p.IsActive ? "active" : "pending-acceptance"); w.WriteEndObject();
            w.WriteStartObject("RequesterVpcInfo"); w.WriteString("VpcId", p.RequesterVpc.Value); w.WriteString("Region", topology.Region); w.WriteEndObject();
            w.WriteStartObject("AccepterVpcInfo"); w.WriteString("VpcId", p.AccepterVpc.Value); w.WriteString("Region", p.AccepterRegion ?? topology.Region); w.WriteEndObject();
        });
        File("prefix-lists.json", "PrefixLists", topology.PrefixLists, (w, p) =>
        {
            w.WriteString("PrefixListId", p.Id.Value);
            w.WriteString("PrefixListName", p.Name);
            Strings(w, "Cidrs", p.Cidrs.Select(c => c.ToString()));
        });
        File("network-interfaces.json", "NetworkInterfaces", topology.NetworkInterfaces, (w, n) =>
        {
            w.WriteString("NetworkInterfaceId", n.Id.Value);
            w.WriteString("SubnetId", n.Subnet.Value);
            w.WriteString("PrivateIpAddress", n.PrivateIp.ToString());
            w.WriteString("InterfaceType", "interface");
            if (n.Description is { } d) w.WriteString("Description", d);
            if (n.PublicIp is { } ip) { w.WriteStartObject("Association"); w.WriteString("PublicIp", ip.ToString()); w.WriteEndObject(); }
            if (n.Instance is { } i) { w.WriteStartObject("Attachment"); w.WriteString("InstanceId", i.Value); w.WriteEndObject(); }
            w.WriteStartArray("Groups");
            foreach (var g in n.SecurityGroups) { w.WriteStartObject(); w.WriteString("GroupId", g.Value); w.WriteEndObject(); }
            w.WriteEndArray();
        });
        var provisioned = topology.RedshiftClusters.Where(c => c.Deployment == RedshiftDeployment.Provisioned).ToList();
        var vpcOfSubnet = topology.Subnets.ToDictionary(s => s.Id, s => s.Vpc);
        File("redshift-clusters.json", "Clusters", provisioned, (w, c) =>
        {
            w.WriteString("ClusterIdentifier", c.Id.Value);
            w.WriteString("NodeType", c.NodeType);
            w.WriteBoolean("EnhancedVpcRouting", c.EnhancedVpcRouting);
            w.WriteBoolean("PubliclyAccessible", c.PubliclyAccessible);
            if (c.ElasticIp is { } eip) { w.WriteStartObject("ElasticIpStatus"); w.WriteString("ElasticIp", eip.ToString()); w.WriteString("Status", "active"); w.WriteEndObject(); }
            w.WriteString("ClusterSubnetGroupName", $"{c.Id.Value}-subnets");
            if (!c.Subnets.IsEmpty) w.WriteString("VpcId", vpcOfSubnet[c.Subnets[0]].Value);
            w.WriteStartArray("VpcSecurityGroups");
            foreach (var g in c.SecurityGroups) { w.WriteStartObject(); w.WriteString("VpcSecurityGroupId", g.Value); w.WriteString("Status", "active"); w.WriteEndObject(); }
            w.WriteEndArray();
            w.WriteStartArray("IamRoles");
            foreach (var r in c.IamRoles) { w.WriteStartObject(); w.WriteString("IamRoleArn", r); w.WriteString("ApplyStatus", "in-sync"); w.WriteEndObject(); }
            w.WriteEndArray();
        });
        File("redshift-subnet-groups.json", "ClusterSubnetGroups", provisioned, (w, c) =>
        {
            w.WriteString("ClusterSubnetGroupName", $"{c.Id.Value}-subnets");
            if (!c.Subnets.IsEmpty) w.WriteString("VpcId", vpcOfSubnet[c.Subnets[0]].Value);
            w.WriteStartArray("Subnets");
            foreach (var s in c.Subnets) { w.WriteStartObject(); w.WriteString("SubnetIdentifier", s.Value); w.WriteEndObject(); }
            w.WriteEndArray();
        });

        void File<T>(string name, string key, IEnumerable<T> items, Action<Utf8JsonWriter, T> item) =>
            Write(Path.Combine(dir, name), w =>
            {
                w.WriteStartArray(key);
                foreach (var x in items)
                {
                    w.WriteStartObject();
                    item(w, x);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            });
    }

    private static NetworkAclId DefaultAcl(NetworkTopology topology, VpcId vpc) =>
        topology.NetworkAcls.First(a => a.Vpc == vpc && a.IsDefault).Id;

    private static void Write(string path, Action<Utf8JsonWriter> body)
    {
        using var stream = System.IO.File.Create(path);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        body(w);
        w.WriteEndObject();
    }

    private static void WriteRoute(Utf8JsonWriter w, string? cidr, string? prefixList, string field, string target, string state, string origin)
    {
        w.WriteStartObject();
        if (cidr is not null) w.WriteString("DestinationCidrBlock", cidr);
        if (prefixList is not null) w.WriteString("DestinationPrefixListId", prefixList);
        w.WriteString(field, target);
        w.WriteString("Origin", origin);
        w.WriteString("State", state);
        w.WriteEndObject();
    }

    private static void WriteAclEntry(Utf8JsonWriter w, int number, bool egress, string protocol, Addressing.PortRange? ports, string cidr, string action)
    {
        w.WriteStartObject();
        w.WriteString("CidrBlock", cidr);
        w.WriteBoolean("Egress", egress);
        w.WriteString("Protocol", protocol);
        if (ports is { } p) { w.WriteStartObject("PortRange"); w.WriteNumber("From", p.From); w.WriteNumber("To", p.To); w.WriteEndObject(); }
        w.WriteString("RuleAction", action);
        w.WriteNumber("RuleNumber", number);
        w.WriteEndObject();
    }

    /// <summary>describe-security-groups groups peers by (protocol, ports) into one permission; one permission per rule reads the same.</summary>
    private static void WritePermissions(Utf8JsonWriter w, string key, IEnumerable<SecurityGroupRule> rules)
    {
        w.WriteStartArray(key);
        foreach (var r in rules)
        {
            w.WriteStartObject();
            w.WriteString("IpProtocol", r.Protocol.IsAll ? "-1" : r.Protocol.ToString());
            if (r.Protocol.HasPorts) { w.WriteNumber("FromPort", r.Ports.From); w.WriteNumber("ToPort", r.Ports.To); }
            var (list, field) = r.Peer.Kind switch
            {
                RulePeerKind.Cidr => ("IpRanges", "CidrIp"),
                RulePeerKind.PrefixList => ("PrefixListIds", "PrefixListId"),
                _ => ("UserIdGroupPairs", "GroupId"),
            };
            w.WriteStartArray(list);
            w.WriteStartObject();
            w.WriteString(field, r.Peer.ToString());
            if (r.Description is { } d) w.WriteString("Description", d);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string key, IEnumerable<string> values)
    {
        w.WriteStartArray(key);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
