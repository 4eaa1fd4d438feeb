using PathSim.Collections;
using PathSim.Traces;

namespace PathSim.Redshift;

/// <summary>The report of <c>pathsim check</c>: every analysed cluster. Renderers format it; they add no logic.</summary>
public sealed record RedshiftCheck(string Topology, ValueArray<ClusterCheck> Clusters)
{
    /// <summary>True when every flow is reachable or outside-vpc (exit 0, TOPOLOGY.md).</summary>
    public bool AllSucceeded => Clusters.All(c => c.Flows.All(f => f.Verdict.IsSuccess()));
}
