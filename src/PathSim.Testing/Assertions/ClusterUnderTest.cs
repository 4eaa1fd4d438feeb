using System.Text;
using PathSim.Redshift;
using PathSim.Topology;
using PathSim.Traces;

namespace PathSim.Testing.Assertions;

/// <summary>One cluster's <c>pathsim check</c> verdicts (every flow from every subnet of its subnet group), for assertions over its flows.</summary>
public sealed class ClusterUnderTest
{
    private readonly NetworkUnderTest _network;

    internal ClusterUnderTest(NetworkUnderTest network, ClusterCheck check)
    {
        _network = network;
        Check = check;
    }

    public RedshiftClusterId Id => Check.Cluster;

    /// <summary>The cluster's part of the check report.</summary>
    public ClusterCheck Check { get; }

    /// <summary>Everything the cluster's nodes send, for assertions over all packets.</summary>
    public Traffic Traffic => _network.From(Id);

    /// <summary>The flows of one kind, one per subnet of the subnet group (and per bucket).</summary>
    public IReadOnlyList<FlowResult> Flows(RedshiftFlowKind kind) => [.. Check.Flows.Where(f => f.Flow.Kind == kind)];

    /// <summary>Every flow of the kind is <c>reachable</c> from every subnet of the subnet group.</summary>
    public void ShouldBeReachable(RedshiftFlowKind kind) =>
        ShouldAll(kind, "to be reachable from every subnet of its subnet group", f => f.Verdict == Verdict.Reachable);

    /// <summary>Every flow of the kind that leaves the VPC leaves through one of <paramref name="exits"/> (the report's <c>via</c>).</summary>
    public void ShouldLeaveOnlyVia(RedshiftFlowKind kind, params Exit[] exits)
    {
        var allowed = exits.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        ShouldAll(kind, $"to leave only via {string.Join(" or ", exits)}", f => f.Via is null || allowed.Contains(f.Via));
    }

    /// <summary>The general form: every flow of the kind satisfies <paramref name="holds"/>.</summary>
    public void ShouldAll(RedshiftFlowKind kind, string expectation, Func<FlowResult, bool> holds)
    {
        var flows = Flows(kind);
        if (flows.Count == 0) throw new ReachabilityAssertionException($"Cluster {Id} has no {kind.ToWireName()} flow in {_network.Name}.");
        var failing = flows.Where(f => !holds(f)).ToList();
        if (failing.Count == 0) return;
        var text = new StringBuilder();
        text.Append($"Expected every {kind.ToWireName()} flow of cluster {Id} {expectation}, but {failing.Count} of {flows.Count} ")
            .Append(failing.Count == 1 ? "is" : "are").Append(" not:");
        foreach (var flow in failing) text.AppendLine().Append(Describe(flow));
        throw new ReachabilityAssertionException(text.ToString());
    }

    private static string Describe(FlowResult flow)
    {
        var text = $"  {flow.Subnet}: {flow.Flow} {flow.Verdict.ToWireName()}{(flow.Via is null ? "" : $" via {flow.Via}")}";
        if (!flow.Codes.IsEmpty) text += $" [{string.Join(", ", flow.Codes)}]";
        if (flow.Blocker is { } blocker)
        {
            text += $"{Environment.NewLine}    blocked at {blocker.Kind} {blocker.Component}";
            if (blocker.Rule.Length > 0) text += $": {blocker.Rule}";
            if (!blocker.Location.IsNone) text += $" at {blocker.Location}";
            text += $"{Environment.NewLine}    fix: {blocker.Fix}";
        }
        return text;
    }
}
