using PathSim.Redshift;
using PathSim.Traces;

namespace PathSim.WhatIf;

/// <summary>
/// One flow whose verdict, exit (<c>via</c>) or blocking component differs between two checks,
/// old → new, with the first hop that changed. A flow present on one side only (a cluster, subnet
/// or bucket added or removed) has null on the other.
/// Invariant: at least one side is present.
/// </summary>
public sealed record FlowChange
{
    public FlowChange(FlowKey key, FlowResult? before, FlowResult? after, HopChange? changedHop)
    {
        if (before is null && after is null) throw new ArgumentException("a change needs a flow on at least one side");
        Key = key;
        Before = before;
        After = after;
        ChangedHop = changedHop;
    }

    public FlowKey Key { get; }
    public FlowResult? Before { get; }
    public FlowResult? After { get; }

    /// <summary>The first differing hop; null when the paths are the same hop for hop.</summary>
    public HopChange? ChangedHop { get; }

    /// <summary>
    /// Worse by <see cref="VerdictExtensions.Severity"/>; a flow that appears is worse when it fails,
    /// a flow that disappears never is.
    /// </summary>
    public bool GotWorse => (Before, After) switch
    {
        (_, null) => false,
        (null, { } after) => !after.Verdict.IsSuccess(),
        ({ } before, { } after) => after.Verdict.Severity() > before.Verdict.Severity(),
    };

    public bool GotBetter => (Before, After) switch
    {
        ({ } before, { } after) => after.Verdict.Severity() < before.Verdict.Severity(),
        _ => false,
    };
}
