using PathSim.Collections;
using PathSim.Topology;

namespace PathSim.Redshift;

/// <summary>Every flow of one cluster from every subnet of its subnet group, subnet by subnet.</summary>
public sealed record ClusterCheck(RedshiftClusterId Cluster, ValueArray<FlowResult> Flows, ValueArray<OutsideVpcTraffic> OutsideVpc);
