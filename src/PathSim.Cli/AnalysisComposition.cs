using PathSim.Network;
using PathSim.Redshift;
using PathSim.Topology;

namespace PathSim.Cli;

/// <summary>
/// The composition root of <c>check</c>: the network model, the tracer-backed probe and the policy
/// authorizer, checking clusters on every core (the tracer probe is thread-safe, so the workers share
/// one and its caches).
/// </summary>
public static class AnalysisComposition
{
    public static RedshiftAnalyzer CreateAnalyzer(NetworkTopology topology) => CreateAnalyzer(NetworkModel.Build(topology));

    /// <summary>Over a model already built (the benchmarks measure building it separately).</summary>
    public static RedshiftAnalyzer CreateAnalyzer(NetworkModel model)
    {
        var probe = new TracerPathProbe(model);
        return new RedshiftAnalyzer(() => probe, new PolicyFlowAuthorizer(model.Topology), Environment.ProcessorCount);
    }
}
