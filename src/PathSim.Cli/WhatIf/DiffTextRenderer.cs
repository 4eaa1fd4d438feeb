using PathSim.Diagnostics;
using PathSim.Redshift;
using PathSim.Traces;
using PathSim.WhatIf;

namespace PathSim.Cli.WhatIf;

/// <summary>
/// The readable form of a <see cref="RedshiftDiff"/>: the edits (for whatif), then each changed flow
/// old → new with its blocker and the first hop where the paths part, then a one-line summary.
/// </summary>
public static class DiffTextRenderer
{
    /// <param name="edits">The whatif edits in order; null for <c>pathsim diff</c>.</param>
    public static void Render(RedshiftDiff diff, IReadOnlyList<TopologyEdit>? edits, TextWriter output)
    {
        if (edits is not null)
        {
            output.WriteLine($"pathsim whatif {diff.Before}");
            output.WriteLine();
            output.WriteLine($"Edits ({edits.Count})");
            foreach (var edit in edits)
                output.WriteLine(edit.Location.IsNone ? $"  {edit.Describe()}" : $"  {edit.Describe()}  ({Where(edit.Location)})");
        }
        else
        {
            output.WriteLine($"pathsim diff {diff.Before} {diff.After}");
        }

        output.WriteLine();
        if (diff.Changes.IsEmpty)
        {
            output.WriteLine("No flow changes.");
            output.WriteLine();
        }
        foreach (var change in diff.Changes) RenderChange(change, output);
        foreach (var note in diff.Notes) output.WriteLine($"note: {note}");
        if (!diff.Notes.IsEmpty) output.WriteLine();
        output.WriteLine(Summary(diff));
    }

    private static void RenderChange(FlowChange change, TextWriter output)
    {
        var key = change.Key;
        output.WriteLine($"{Label(change),-7} {key.Cluster} {key.Flow.ToWireName()} {key.Target} from {key.Subnet}");
        output.WriteLine($"        {State(change.Before)}  ->  {State(change.After)}");
        if (change.After?.Blocker is { } blocker)
        {
            string rule = blocker.Rule.Length == 0 ? "" : $" [{Short(blocker.Rule)}]";
            string where = blocker.Location.IsNone ? "" : $" at {Where(blocker.Location)}";
            output.WriteLine($"        blocked by {blocker.Component} ({blocker.Kind}){rule}{where}");
            output.WriteLine($"        fix: {blocker.Fix}");
        }
        if (change.ChangedHop is { } hop)
        {
            if (hop.ResponderAfter is { } now)
                output.WriteLine($"        path now goes to {now} (was {hop.ResponderBefore}), so the paths part at hop {hop.Index + 1}:");
            else
                output.WriteLine($"        first changed hop ({hop.Index + 1}):");
            output.WriteLine($"          was{Hop(hop.Before, change.Before, now: false)}");
            output.WriteLine($"          now{Hop(hop.After, change.After, now: true)}");
        }
        output.WriteLine();
    }

    /// <summary>WORSE / better / changed (same severity) / added / removed.</summary>
    public static string Label(FlowChange change) =>
        change.GotWorse ? "WORSE"
        : change.Before is null ? "added"
        : change.After is null ? "removed"
        : change.GotBetter ? "better"
        : "changed";

    private static string State(FlowResult? flow)
    {
        if (flow is null) return "(no such flow)";
        string via = flow.Via is null ? "" : $" via {flow.Via}";
        string codes = flow.Codes.IsEmpty ? "" : $" ({string.Join(", ", flow.Codes.Select(c => c.Value))})";
        return $"{flow.Verdict.ToWireName()}{via}{codes}";
    }

    /// <summary>The hop after "was"/"now"; where the path has no such hop, what happened instead (newuser-trial-3 #16).</summary>
    private static string Hop(FlowHop? hop, FlowResult? flow, bool now)
    {
        if (hop is null)
        {
            string codes = flow is null || flow.Codes.IsEmpty ? "" : $" ({string.Join(", ", flow.Codes.Select(c => c.Value))})";
            return flow switch
            {
                null => now ? ": the flow no longer exists (the cluster no longer makes it)" : ": the flow did not exist",
                { Verdict: Verdict.OutsideVpc } => $": the traffic leaves outside the VPC{codes}",
                _ => $": the path ends before this hop, {flow.Verdict.ToWireName()}{codes}",
            };
        }
        string arrow = hop.Direction == PathDirection.Forward ? "->" : "<-";
        string rule = hop.Rule.Length == 0 ? "" : $": {Short(hop.Rule)}";
        return $" {arrow} {hop.Component} ({hop.Kind}){rule}{(hop.Passed ? "" : "  DROPPED")}";
    }

    /// <summary>
    /// A location; a long quick flag (a <c>--set</c> with a policy document) is cut after its '=':
    /// the edit's value is already on its own line, and JSON output keeps the whole flag.
    /// </summary>
    private static string Where(SourceLocation location)
    {
        string text = location.ToString();
        int equals = text.IndexOf('=', StringComparison.Ordinal);
        return location.Line == 0 && text.StartsWith("--", StringComparison.Ordinal) && text.Length > 60 && equals > 0
            ? text[..(equals + 1)] + "…"
            : text;
    }

    /// <summary>As <c>check</c> prints it: a policy rule ends with its statement's JSON, which the text leaves to --format json.</summary>
    private static string Short(string rule)
    {
        int json = rule.IndexOf(": {", StringComparison.Ordinal);
        return json < 0 ? rule : rule[..json];
    }

    private static string Summary(RedshiftDiff diff)
    {
        string outcome = diff.AnyWorse ? "WORSE" : "ok";
        string appeared = diff.Added + diff.Removed == 0 ? "" : $", {diff.Added} added, {diff.Removed} removed";
        return $"{diff.Changes.Count} of {diff.Compared} flows changed: {diff.Worse} worse, {diff.Better} better{appeared} - {outcome}";
    }
}
