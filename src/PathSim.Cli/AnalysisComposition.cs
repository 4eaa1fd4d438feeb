using PathSim.Network;
using PathSim.Redshift;
using PathSim.Topology;

namespace PathSim.Cli;

/// <summary>The composition root of <c>check</c>: the network model, the tracer-backed probe and the policy authorizer.</summary>
public static class AnalysisComposition
{
    public static RedshiftAnalyzer CreateAnalyzer(NetworkTopology topology)
    {
        var model = NetworkModel.Build(topology);
        return new RedshiftAnalyzer(new TracerPathProbe(model), new PolicyFlowAuthorizer(topology));
    }
}
