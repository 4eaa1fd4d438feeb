using PathSim.Redshift;

namespace PathSim.Benchmarks;

/// <summary>Admits every request: stands in for the policy evaluator so a suite measures the network solving alone.</summary>
public sealed class NetworkOnlyAuthorizer : IFlowAuthorizer
{
    public FlowAccessOutcome Authorize(FlowAccessQuery query) => FlowAccessOutcome.Allowed;
}
