using PathSim.Collections;
using PathSim.Topology;
using PathSim.Yaml.Syntax;
using static PathSim.Diagnostics.DiagnosticDescriptors;

namespace PathSim.Yaml.Schema;

/// <summary>
/// Turns a loaded format-1 document into a <see cref="NetworkTopology"/>, applying AWS's defaults
/// (TOPOLOGY.md "Defaults that follow AWS"). One partial file per group of resource kinds. A resource
/// whose required values are missing or invalid is reported and left out; the rest is still read.
/// </summary>
internal sealed partial class TopologyDocumentReader(ReadContext ctx)
{
    private readonly ReadContext _ctx = ctx;

    /// <summary>Route targets defined in the file by id, so targets without an AWS prefix resolve too.</summary>
    private readonly Dictionary<string, RouteTargetKind> _targetIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _prefixListIds = new(StringComparer.Ordinal);
    private string _region = "";
    private string? _account;

    public NetworkTopology? Read(YamlNode root)
    {
        var top = MappingReader.Open(_ctx, root, "the topology file", "the topology file", TopologySchema.TopLevel, idKey: null);
        if (top is null) return null;
        ReadVersion(top);
        _region = top.Region("region", required: true) ?? "";
        _account = top.String("account");
        CollectIds(top);

        var topology = new NetworkTopology
        {
            FormatVersion = 1,
            Region = _region,
            Account = _account,
            Source = _ctx.File,
            Vpcs = Items(top, "vpcs", "vpc", TopologySchema.Vpc, ReadVpc),
            Subnets = Items(top, "subnets", "subnet", TopologySchema.Subnet, ReadSubnet),
            RouteTables = Items(top, "route_tables", "route table", TopologySchema.RouteTable, ReadRouteTable),
            InternetGateways = Items(top, "internet_gateways", "internet gateway", TopologySchema.InternetGateway, ReadInternetGateway),
            NatGateways = Items(top, "nat_gateways", "NAT gateway", TopologySchema.NatGateway, ReadNatGateway),
            VpcEndpoints = Items(top, "vpc_endpoints", "VPC endpoint", TopologySchema.VpcEndpoint, ReadVpcEndpoint),
            VpcPeeringConnections = Items(top, "vpc_peering_connections", "VPC peering connection", TopologySchema.VpcPeeringConnection, ReadPeering),
            PrefixLists = Items(top, "prefix_lists", "prefix list", TopologySchema.PrefixList, ReadPrefixList),
            SecurityGroups = Items(top, "security_groups", "security group", TopologySchema.SecurityGroup, ReadSecurityGroup),
            NetworkAcls = Items(top, "network_acls", "network ACL", TopologySchema.NetworkAcl, ReadNetworkAcl),
            NetworkInterfaces = Items(top, "network_interfaces", "network interface", TopologySchema.NetworkInterface, ReadNetworkInterface),
            RedshiftClusters = Items(top, "redshift_clusters", "Redshift cluster", TopologySchema.RedshiftCluster, ReadCluster),
            S3Buckets = Items(top, "s3_buckets", "S3 bucket", TopologySchema.S3Bucket, ReadBucket, idKey: "name"),
        };
        // Even when top-level values failed, the resources are returned so validation can report
        // their problems in the same run; the load result withholds a topology that has errors.
        return WithDefaultClusterGroups(topology);
    }

    private void ReadVersion(MappingReader top)
    {
        var version = top.Present("pathsim", required: true);
        if (version is null) return;
        if (!version.IsScalar || version.Value != "1")
            _ctx.Report(UnsupportedFormatVersion, version, version.IsScalar ? version.Value : "(not a number)");
    }

    /// <summary>Ids of the kinds a route can target, and of prefix lists, before any resource is read.</summary>
    private void CollectIds(MappingReader top)
    {
        void Collect(string key, Action<string> add)
        {
            if (top.ValueNode(key) is not { IsSequence: true } list) return;
            foreach (var item in list.Items)
                foreach (var (k, v) in item.Pairs)
                    if (k.Value == "id" && v.IsScalar) add(v.Value);
        }
        Collect("internet_gateways", id => _targetIds.TryAdd(id, RouteTargetKind.InternetGateway));
        Collect("nat_gateways", id => _targetIds.TryAdd(id, RouteTargetKind.NatGateway));
        Collect("vpc_endpoints", id => _targetIds.TryAdd(id, RouteTargetKind.VpcEndpoint));
        Collect("vpc_peering_connections", id => _targetIds.TryAdd(id, RouteTargetKind.VpcPeeringConnection));
        Collect("network_interfaces", id => _targetIds.TryAdd(id, RouteTargetKind.NetworkInterface));
        Collect("prefix_lists", id => _prefixListIds.Add(id));
    }

    /// <summary>Reads a top-level list; items that fail are dropped and their ids remembered.</summary>
    private ValueArray<T> Items<T>(MappingReader top, string key, string kind, string[] keys, Func<MappingReader, T> read, string idKey = "id")
    {
        var nodes = top.Sequence(key);
        if (nodes is null) return ValueArray<T>.Empty;
        var result = new List<T>(nodes.Count);
        for (int i = 0; i < nodes.Count; i++)
        {
            var item = ChildItems(nodes[i], MappingLabel.Item(key, i), kind, keys, read, idKey);
            if (item is not null) result.Add(item);
        }
        return result.ToValueArray();
    }

    /// <summary>Opens and reads one mapping; null (and the id remembered as dropped) when it failed.</summary>
    private T? ChildItems<T>(YamlNode node, MappingLabel label, string kind, string[] keys, Func<MappingReader, T?> read, string? idKey = "id")
    {
        var mapping = MappingReader.Open(_ctx, node, kind, label, keys, idKey);
        if (mapping is null) return default;
        var item = read(mapping);
        if (!mapping.Failed) return item;
        if (mapping.IdText is { } id) _ctx.DroppedIds.Add(id);
        return default;
    }

    /// <summary>Reads a nested list of mappings (routes, rules, entries, bucket uses).</summary>
    private ValueArray<T> Children<T>(MappingReader owner, string key, string kind, string[] keys, Func<MappingReader, T?> read)
    {
        var nodes = owner.Sequence(key);
        if (nodes is null) return ValueArray<T>.Empty;
        var result = new List<T>(nodes.Count);
        for (int i = 0; i < nodes.Count; i++)
        {
            var item = ChildItems(nodes[i], MappingLabel.Item(key, i, owner), kind, keys, read, idKey: null);
            if (item is not null) result.Add(item);
        }
        return result.ToValueArray();
    }

    private void WarnIpv6(YamlNode value, string what, string owner) =>
        _ctx.Report(Ipv6Ignored, value, $"{what} {value.Value}", owner);
}
