using PathSim.Topology;
using PathSim.WhatIf;

namespace PathSim.Yaml.Schema;

/// <summary>
/// What an edits file (docs/whatif.md) reads with the topology file's own rules, so a resource, route
/// or rule in an edit is read exactly as in a topology: same keys, same defaults, same messages.
/// </summary>
internal sealed partial class TopologyDocumentReader
{
    /// <summary>The sections an <c>add:</c> or <c>replace:</c> edit may hold: the topology file's resource sections.</summary>
    public static IReadOnlyList<string> ResourceSections { get; } = [.. TopologySchema.TopLevel.Where(k => k is not ("pathsim" or "region" or "account"))];

    /// <summary>Reads ids and targets that edits name as the topology being edited defines them (a route target without an AWS prefix).</summary>
    public void KnowIdsOf(NetworkTopology topology)
    {
        _region = topology.Region;
        _account = topology.Account;
        foreach (var g in topology.InternetGateways) _targetIds.TryAdd(g.Id.Value, RouteTargetKind.InternetGateway);
        foreach (var n in topology.NatGateways) _targetIds.TryAdd(n.Id.Value, RouteTargetKind.NatGateway);
        foreach (var e in topology.VpcEndpoints) _targetIds.TryAdd(e.Id.Value, RouteTargetKind.VpcEndpoint);
        foreach (var p in topology.VpcPeeringConnections) _targetIds.TryAdd(p.Id.Value, RouteTargetKind.VpcPeeringConnection);
        foreach (var i in topology.NetworkInterfaces) _targetIds.TryAdd(i.Id.Value, RouteTargetKind.NetworkInterface);
        foreach (var l in topology.PrefixLists) _prefixListIds.Add(l.Id.Value);
    }

    /// <summary>The resources of a topology fragment (section → list), in section order; failed ones are reported and left out.</summary>
    public List<TopologyResource> ReadResources(MappingReader fragment)
    {
        CollectIds(fragment);
        return
        [
            .. Items(fragment, "vpcs", "vpc", TopologySchema.Vpc, ReadVpc).Select(TopologyResource.Of),
            .. Items(fragment, "subnets", "subnet", TopologySchema.Subnet, ReadSubnet).Select(TopologyResource.Of),
            .. Items(fragment, "route_tables", "route table", TopologySchema.RouteTable, ReadRouteTable).Select(TopologyResource.Of),
            .. Items(fragment, "internet_gateways", "internet gateway", TopologySchema.InternetGateway, ReadInternetGateway).Select(TopologyResource.Of),
            .. Items(fragment, "nat_gateways", "NAT gateway", TopologySchema.NatGateway, ReadNatGateway).Select(TopologyResource.Of),
            .. Items(fragment, "vpc_endpoints", "VPC endpoint", TopologySchema.VpcEndpoint, ReadVpcEndpoint).Select(TopologyResource.Of),
            .. Items(fragment, "vpc_peering_connections", "VPC peering connection", TopologySchema.VpcPeeringConnection, ReadPeering).Select(TopologyResource.Of),
            .. Items(fragment, "prefix_lists", "prefix list", TopologySchema.PrefixList, ReadPrefixList).Select(TopologyResource.Of),
            .. Items(fragment, "security_groups", "security group", TopologySchema.SecurityGroup, ReadSecurityGroup).Select(TopologyResource.Of),
            .. Items(fragment, "network_acls", "network ACL", TopologySchema.NetworkAcl, ReadNetworkAcl).Select(TopologyResource.Of),
            .. Items(fragment, "network_interfaces", "network interface", TopologySchema.NetworkInterface, ReadNetworkInterface).Select(TopologyResource.Of),
            .. Items(fragment, "redshift_clusters", "Redshift cluster", TopologySchema.RedshiftCluster, ReadCluster).Select(TopologyResource.Of),
            .. Items(fragment, "s3_buckets", "S3 bucket", TopologySchema.S3Bucket, ReadBucket, idKey: "name").Select(TopologyResource.Of),
        ];
    }

    /// <summary>A route written in an edit: <c>destination</c>, <c>target</c> and optionally <c>origin</c>, <c>state</c>.</summary>
    public Route? ReadEditRoute(MappingReader m, string table) => ReadRoute(m, table);

    public RouteDestination? ReadEditDestination(MappingReader m) => m.Scalar("destination", true, ParseDestination);

    public SecurityGroupRule? ReadEditRule(MappingReader m, string peerKey, string group) => ReadRule(m, peerKey, group);

    public NetworkAclEntry? ReadEditEntry(MappingReader m, string peerKey, string acl) => ReadEntry(m, peerKey, acl);

    /// <summary>A network ACL rule number (1–32766) as an edit names an entry to remove.</summary>
    public int? ReadRuleNumber(MappingReader m, string key) => m.Scalar(key, true, ParseRuleNumber);
}
