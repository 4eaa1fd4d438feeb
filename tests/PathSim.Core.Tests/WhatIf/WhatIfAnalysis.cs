using PathSim.Network;
using PathSim.Redshift;
using PathSim.Topology;

namespace PathSim.Core.Tests.WhatIf;

/// <summary>
/// The analyzer the incremental tests compare with: the Redshift analysis over the packet tracer on the
/// compiled network model and the endpoint and bucket policies, as <c>pathsim check</c> composes it.
/// </summary>
internal static class WhatIfAnalysis
{
    public static RedshiftAnalyzer Create(NetworkTopology topology) =>
        new(new TracerPathProbe(NetworkModel.Build(topology)), new PolicyFlowAuthorizer(topology));
}
