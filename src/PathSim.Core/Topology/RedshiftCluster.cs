using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;

namespace PathSim.Topology;

public sealed record RedshiftCluster
{
    public required RedshiftClusterId Id { get; init; }
    public RedshiftDeployment Deployment { get; init; } = RedshiftDeployment.Provisioned;

    /// <summary>ra3.*, dc2.* or rg.* for provisioned clusters; rg.* uses EVR for lake reads (RS6).</summary>
    public string? NodeType { get; init; }
    public bool EnhancedVpcRouting { get; init; }
    public bool PubliclyAccessible { get; init; }
    public Ipv4Address? ElasticIp { get; init; }

    /// <summary>The cluster subnet group; every subnet is checked (RS8).</summary>
    public required ValueArray<SubnetId> Subnets { get; init; }
    public ValueArray<SecurityGroupId> SecurityGroups { get; init; }
    public ValueArray<string> IamRoles { get; init; }
    public DataCatalog Catalog { get; init; } = DataCatalog.Glue;

    /// <summary>Empty means copy, unload and spectrum against S3 in the cluster's region.</summary>
    public ValueArray<BucketUse> Buckets { get; init; }

    /// <summary>Node interfaces when known (snapshots); else the model places one per subnet.</summary>
    public ValueArray<NetworkInterfaceId> NetworkInterfaces { get; init; }
    public SourceLocation Location { get; init; }
}
