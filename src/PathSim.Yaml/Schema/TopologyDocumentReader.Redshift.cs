using PathSim.Collections;
using PathSim.Diagnostics;
using PathSim.Topology;
using PathSim.Yaml.Syntax;
using static PathSim.Diagnostics.DiagnosticDescriptors;

namespace PathSim.Yaml.Schema;

/// <summary>Network interfaces, Redshift clusters and S3 buckets.</summary>
internal sealed partial class TopologyDocumentReader
{
    private NetworkInterface ReadNetworkInterface(MappingReader m) => new()
    {
        Id = new NetworkInterfaceId(m.Id("id", "network interface") ?? ""),
        Subnet = new SubnetId(m.Id("subnet", "subnet") ?? ""),
        PrivateIp = m.Scalar("private_ip", true, ScalarParsers.Address) ?? default,
        PublicIp = m.Scalar("public_ip", false, ScalarParsers.Address),
        SecurityGroups = m.IdList("security_groups", "security group").Select(id => new SecurityGroupId(id)).ToValueArray(),
        Kind = m.Enum("kind", TopologySchema.InterfaceKind) ?? NetworkInterfaceKind.Other,
        Instance = m.Id("instance", "instance", required: false) is { } i ? new InstanceId(i) : null,
        Description = m.String("description"),
        Location = m.Location,
    };

    private RedshiftCluster ReadCluster(MappingReader m)
    {
        if (!m.Has("security_groups") && m.IdText is { } id) _clustersWithoutGroupsKey.Add((id, m.Location));
        return ReadClusterFields(m);
    }

    private RedshiftCluster ReadClusterFields(MappingReader m) => new()
    {
        Id = new RedshiftClusterId(m.Id("id", "Redshift cluster") ?? ""),
        Deployment = m.Enum("deployment", TopologySchema.Deployment) ?? RedshiftDeployment.Provisioned,
        NodeType = m.String("node_type"),
        EnhancedVpcRouting = m.Bool("enhanced_vpc_routing", false),
        PubliclyAccessible = m.Bool("publicly_accessible", false),
        ElasticIp = m.Scalar("elastic_ip", false, ScalarParsers.Address),
        Subnets = m.IdList("subnets", "subnet", required: true).Select(id => new SubnetId(id)).ToValueArray(),
        SecurityGroups = m.IdList("security_groups", "security group").Select(id => new SecurityGroupId(id)).ToValueArray(),
        IamRoles = (m.Sequence("iam_roles", scalarAsItem: true) ?? []).Where(IsRole(m.Context)).Select(n => n.Value).ToValueArray(),
        // TOPOLOGY.md: the catalog defaults to glue.
        Catalog = m.Enum("catalog", TopologySchema.Catalog) ?? DataCatalog.Glue,
        Buckets = Children(m, "buckets", "bucket use", TopologySchema.BucketUse, ReadBucketUse),
        NetworkInterfaces = m.IdList("network_interfaces", "network interface").Select(id => new NetworkInterfaceId(id)).ToValueArray(),
        Location = m.Location,
    };

    /// <summary>Clusters whose mapping has no <c>security_groups</c> key, with where they are written.</summary>
    private readonly List<(string Id, SourceLocation At)> _clustersWithoutGroupsKey = [];

    /// <summary>
    /// AWS gives a cluster its VPC's default security group when none is chosen (CreateCluster,
    /// VpcSecurityGroupIds), so a cluster without the key gets the group named <c>default</c> of its
    /// subnets' VPC; without such a group in the file its rules are unknown, which is PS3022 — never a
    /// silent "no group, nothing passes".
    /// </summary>
    private NetworkTopology WithDefaultClusterGroups(NetworkTopology topology)
    {
        if (_clustersWithoutGroupsKey.Count == 0) return topology;
        var vpcOfSubnet = topology.Subnets.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First().Vpc);
        var clusters = topology.RedshiftClusters.ToList();
        foreach (var (id, at) in _clustersWithoutGroupsKey)
        {
            int index = clusters.FindIndex(c => c.Id.Value == id && c.Location == at);
            if (index < 0) continue;
            var cluster = clusters[index];
            var vpc = cluster.Subnets.Select(s => vpcOfSubnet.TryGetValue(s, out var v) ? v : (VpcId?)null).FirstOrDefault(v => v is not null);
            if (vpc is null) continue; // the missing subnet is reported by validation
            var group = topology.SecurityGroups.FirstOrDefault(g => g.Vpc == vpc && g.Name == "default");
            if (group is null)
                _ctx.Diagnostics.Add(Diagnostic.Create(ClusterWithoutSecurityGroup, at, id, vpc.Value.Value));
            else
                clusters[index] = cluster with { SecurityGroups = [group.Id] };
        }
        return topology with { RedshiftClusters = clusters.ToValueArray() };
    }

    private static Func<YamlNode, bool> IsRole(ReadContext ctx) => node =>
    {
        if (node.IsScalar && !node.IsNull) return true;
        ctx.Report(WrongType, node, "iam_roles item", "a role ARN");
        return false;
    };

    private BucketUse? ReadBucketUse(MappingReader m)
    {
        string? bucket = m.String("bucket", required: true);
        var uses = BucketUseKind.None;
        foreach (var node in m.Sequence("uses", required: true, scalarAsItem: true) ?? [])
        {
            if (!node.IsScalar) m.Context.Report(WrongType, node, "uses item", "copy, unload or spectrum");
            else if (ScalarParsers.Enum(m.Context, node, TopologySchema.Use) is { } use) uses |= use;
        }
        if (bucket is null || uses == BucketUseKind.None)
        {
            if (bucket is not null && m.ValueNode("uses") is { IsSequence: true, Items.Count: 0 } empty)
                m.Context.Report(MissingKey, empty, m.What, "uses");
            return null;
        }
        return new BucketUse { Bucket = bucket, Uses = uses, Location = m.Location };
    }

    private S3Bucket ReadBucket(MappingReader m) => new()
    {
        Name = m.Id("name", "S3 bucket") ?? "",
        // TOPOLOGY.md: a bucket's region defaults to the file's region.
        Region = m.Region("region") ?? _region,
        Policy = PolicyReader.Read(m, "policy"),
        Location = m.Location,
    };
}
