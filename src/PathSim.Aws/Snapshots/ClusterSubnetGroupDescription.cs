using PathSim.Collections;
using PathSim.Topology;

namespace PathSim.Aws.Snapshots;

/// <summary>A Redshift cluster subnet group (describe-cluster-subnet-groups).</summary>
internal sealed record ClusterSubnetGroupDescription(string Name, VpcId? Vpc, string Region, ValueArray<SubnetId> Subnets);
