using PathSim.Redshift;
using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>What makes two flow results "the same flow" across a diff: cluster, flow kind, target and subnet.</summary>
public readonly record struct FlowKey(RedshiftClusterId Cluster, RedshiftFlowKind Flow, string Target, SubnetId Subnet)
{
    public static FlowKey Of(RedshiftClusterId cluster, FlowResult result) =>
        new(cluster, result.Flow.Kind, result.Flow.Target, result.Subnet);

    public override string ToString() => $"{Cluster} {Flow.ToWireName()} {Target} from {Subnet}";
}
