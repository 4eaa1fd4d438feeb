using PathSim.Network;
using PathSim.Redshift;
using PathSim.Topology;

namespace PathSim.Core.Tests.WhatIf;

/// <summary>
/// The analyzer the incremental tests compare with: the Redshift analysis over the packet tracer on the
/// compiled network model (as <c>pathsim check</c> composes it), with every policy allowing until the
/// policy authorizer is wired in here.
/// </summary>
internal static class WhatIfAnalysis
{
    public static RedshiftAnalyzer Create(NetworkTopology topology) =>
        new(new TracerPathProbe(NetworkModel.Build(topology)), new AllowAll());

    private sealed class AllowAll : IFlowAuthorizer
    {
        public FlowAccessOutcome Authorize(FlowAccessQuery query) => FlowAccessOutcome.Allowed;
    }
}
