using PathSim.Topology;
using PathSim.Traces;

namespace PathSim.Redshift;

/// <summary>Where a flow's traffic runs, decided by the cluster's deployment, node type and EVR setting alone.</summary>
public sealed record FlowPlacement(FlowPlacementKind Kind, ExplanationCode? Code)
{
    public static FlowPlacement Decide(RedshiftCluster cluster, RedshiftFlow flow, string clusterRegion)
    {
        if (flow.Kind == RedshiftFlowKind.Spectrum)
        {
            // RS5: "The Spectrum bucket must be in the cluster's region" — wherever Spectrum runs.
            if (!string.Equals(flow.Region, clusterRegion, StringComparison.Ordinal))
                return new(FlowPlacementKind.SpectrumCrossRegion, ExplanationCode.SpectrumBucketCrossRegion);
            // RS5: provisioned RA3/DC2 Spectrum runs on AWS-managed resources outside the VPC, EVR or not.
            if (!UsesEvrForSpectrum(cluster))
                return new(FlowPlacementKind.OutsideVpc, ExplanationCode.SpectrumOutsideVpc);
        }
        // RS1: without EVR, COPY/UNLOAD (and, DESIGN.md "everything when EVR is off", the catalog and
        // Serverless lake reads) go over the public network outside the VPC.
        if (!cluster.EnhancedVpcRouting)
            return new(FlowPlacementKind.OutsideVpc, ExplanationCode.EvrDisabled);
        return new(FlowPlacementKind.InVpc, null);
    }

    /// <summary>RS6: Redshift Serverless and the RG node types read external tables through the VPC under EVR.</summary>
    public static bool UsesEvrForSpectrum(RedshiftCluster cluster) =>
        cluster.Deployment == RedshiftDeployment.Serverless
        || (cluster.NodeType?.StartsWith("rg.", StringComparison.OrdinalIgnoreCase) ?? false);
}
