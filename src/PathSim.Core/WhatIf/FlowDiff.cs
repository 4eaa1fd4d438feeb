using PathSim.Collections;
using PathSim.Redshift;

namespace PathSim.WhatIf;

/// <summary>
/// Compares two checks flow by flow (keyed by <see cref="FlowKey"/>) and keeps the flows whose
/// verdict, via or blocking component (component, kind and rule) changed. Source locations are not
/// compared: two files that say the same thing on different lines give the same network.
/// </summary>
public static class FlowDiff
{
    public static RedshiftDiff Compare(RedshiftCheck before, RedshiftCheck after)
    {
        var old = Index(before);
        var changes = new List<FlowChange>();
        var seen = new HashSet<FlowKey>();
        foreach (var (key, result) in Flows(after))
        {
            seen.Add(key);
            var previous = old.GetValueOrDefault(key);
            if (previous is null || Differs(previous, result))
                changes.Add(new FlowChange(key, previous, result, FirstChangedHop(previous, result)));
        }
        int gone = 0;
        foreach (var (key, result) in Flows(before))
        {
            if (seen.Contains(key)) continue;
            changes.Add(new FlowChange(key, result, null, FirstChangedHop(result, null)));
            gone++;
        }
        // Compared = every flow on either side (before ∪ after), so "changed of compared" stays a fraction.
        return new RedshiftDiff(before.Topology, after.Topology, [.. changes], seen.Count + gone);
    }

    public static bool Differs(FlowResult before, FlowResult after) =>
        before.Verdict != after.Verdict
        || !string.Equals(before.Via, after.Via, StringComparison.Ordinal)
        || !SameBlocker(before.Blocker, after.Blocker);

    private static bool SameBlocker(FlowBlocker? a, FlowBlocker? b) =>
        (a, b) switch
        {
            (null, null) => true,
            ({ } x, { } y) => x.Component == y.Component && x.Kind == y.Kind && x.Rule == y.Rule,
            _ => false,
        };

    /// <summary>The first position where the paths differ (ignoring where rules were written), or null when they agree.</summary>
    public static HopChange? FirstChangedHop(FlowResult? before, FlowResult? after)
    {
        var a = before?.Path ?? default;
        var b = after?.Path ?? default;
        int length = Math.Max(a.Count, b.Count);
        for (int i = 0; i < length; i++)
        {
            var x = i < a.Count ? a[i] : null;
            var y = i < b.Count ? b[i] : null;
            if (SameHop(x, y)) continue;
            var (was, now) = (Responder(a), Responder(b));
            return was is not null && now is not null && was != now
                ? new HopChange(i, x, y) { ResponderBefore = was, ResponderAfter = now }
                : new HopChange(i, x, y);
        }
        return null;
    }

    /// <summary>The interface the reply starts from: the first return hop, when it is a network interface.</summary>
    private static string? Responder(ValueArray<FlowHop> path) =>
        path.FirstOrDefault(h => h.Direction == PathDirection.Return) is { Kind: "network-interface" } hop ? hop.Component : null;

    private static bool SameHop(FlowHop? a, FlowHop? b) =>
        (a, b) switch
        {
            (null, null) => true,
            ({ } x, { } y) => x with { Location = default } == y with { Location = default },
            _ => false,
        };

    private static Dictionary<FlowKey, FlowResult> Index(RedshiftCheck check)
    {
        var index = new Dictionary<FlowKey, FlowResult>();
        foreach (var (key, result) in Flows(check)) index.TryAdd(key, result);
        return index;
    }

    private static IEnumerable<(FlowKey Key, FlowResult Result)> Flows(RedshiftCheck check) =>
        check.Clusters.SelectMany(c => c.Flows.Select(f => (FlowKey.Of(c.Cluster, f), f)));
}
