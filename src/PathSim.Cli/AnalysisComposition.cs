using PathSim.Network;
using PathSim.Redshift;
using PathSim.Topology;

namespace PathSim.Cli;

/// <summary>
/// The composition root of <c>check</c> (and of what-if and diff): the network model, a path probe and
/// the policy authorizer, checking clusters on every core. The symbolic probe is not thread-safe (one
/// BDD factory per engine), so each worker gets its own probe and engine; the tracer probe is, so the
/// workers share one and its sample cache.
/// </summary>
public static class AnalysisComposition
{
    public static RedshiftAnalyzer CreateAnalyzer(NetworkTopology topology) => CreateAnalyzer(NetworkModel.Build(topology));

    public static RedshiftAnalyzer CreateAnalyzer(NetworkTopology topology, PathEngine engine) => CreateAnalyzer(NetworkModel.Build(topology), engine);

    /// <summary>Over a model already built (the benchmarks measure building it separately).</summary>
    public static RedshiftAnalyzer CreateAnalyzer(NetworkModel model, PathEngine engine = PathEngine.Symbolic)
    {
        var authorizer = new PolicyFlowAuthorizer(model.Topology);
        switch (engine)
        {
            case PathEngine.Tracer:
                var shared = new TracerPathProbe(model);
                return new RedshiftAnalyzer(() => shared, authorizer, Environment.ProcessorCount);
            case PathEngine.Symbolic:
                return new RedshiftAnalyzer(() => new SymbolicPathProbe(model), authorizer, Environment.ProcessorCount);
            default:
                throw new ArgumentOutOfRangeException(nameof(engine), engine, null);
        }
    }
}
