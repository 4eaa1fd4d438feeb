using System.Collections.Immutable;
using PathSim.Diagnostics;
using PathSim.Topology;
using PathSim.Validation;

namespace PathSim.WhatIf;

/// <summary>
/// Applies edits in order to a topology. All or nothing: if any edit fails, or the edited topology
/// does not validate, the outcome carries every error and no topology, and the input is unchanged
/// (it is immutable). Edits after a failed one still run against the topology so far, so one run
/// reports every problem.
/// </summary>
public static class TopologyEditor
{
    /// <summary>Applies the edits and validates the result as a loaded topology is validated (<see cref="TopologyValidator"/>).</summary>
    public static EditOutcome Apply(NetworkTopology topology, IEnumerable<TopologyEdit> edits) =>
        Apply(topology, edits, t => TopologyValidator.Validate(t));

    /// <param name="validate">The topology validator; its errors on the edited topology fail the whole edit.</param>
    public static EditOutcome Apply(
        NetworkTopology topology,
        IEnumerable<TopologyEdit> edits,
        Func<NetworkTopology, IEnumerable<Diagnostic>> validate)
    {
        var list = edits as IReadOnlyList<TopologyEdit> ?? [.. edits];
        var diagnostics = new List<Diagnostic>();
        var current = topology;
        foreach (var edit in list)
        {
            var next = edit.ApplyTo(current, new EditContext(diagnostics, edit.Location, topology));
            if (next is not null) current = next;
        }
        if (diagnostics.Count == 0)
        {
            var invalid = validate(current).ToList();
            diagnostics.AddRange(invalid.Any(d => d.IsError) ? AtTheEdits(topology, list, current, invalid) : invalid);
        }
        bool failed = diagnostics.Any(d => d.IsError);
        return new EditOutcome(failed ? null : current, [.. diagnostics]);
    }

    /// <summary>
    /// The validator reports at a resource's own location; for a resource an edit rewrote (a <c>set</c>
    /// on it, say) that is a line of the original file that does not hold the problem. Such a
    /// diagnostic moves to the last edit that changed the resource (edits file line:column, or the flag).
    /// Only run when validation failed: it replays the edits to learn which edit touched what.
    /// </summary>
    private static IEnumerable<Diagnostic> AtTheEdits(NetworkTopology original, IReadOnlyList<TopologyEdit> edits, NetworkTopology edited, List<Diagnostic> found)
    {
        var lastEdit = new Dictionary<ResourceKey, SourceLocation>();
        var scratch = new List<Diagnostic>();
        var current = original;
        foreach (var edit in edits)
        {
            if (edit.ApplyTo(current, new EditContext(scratch, edit.Location, original)) is not { } next) continue;
            foreach (var key in TopologyChanges.Between(current, next).Resources) lastEdit[key] = edit.Location;
            current = next;
        }

        var moved = new Dictionary<SourceLocation, SourceLocation>();
        foreach (var (key, at) in lastEdit)
        {
            if (at.IsNone || TopologyResources.Find(edited, key) is not { } resource) continue;
            var own = resource.Location;
            if (!own.IsNone && own.File != at.File) moved.TryAdd(own, at);
        }
        return found.Select(d => moved.TryGetValue(d.Location, out var at) ? d with { Location = at } : d);
    }
}
