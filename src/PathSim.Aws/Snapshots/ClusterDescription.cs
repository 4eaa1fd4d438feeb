using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Aws.Snapshots;

/// <summary>A Redshift cluster as describe-clusters shows it; its subnets come from its subnet group.</summary>
internal sealed record ClusterDescription
{
    public required RedshiftCluster Cluster { get; init; }
    public string? SubnetGroupName { get; init; }
    public VpcId? Vpc { get; init; }
    public required string Region { get; init; }
    public ValueArray<Ipv4Address> NodePrivateIps { get; init; }
    public SourceLocation Location { get; init; }
}
