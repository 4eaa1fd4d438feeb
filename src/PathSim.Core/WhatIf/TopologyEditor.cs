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
        var diagnostics = new List<Diagnostic>();
        var current = topology;
        foreach (var edit in edits)
        {
            var next = edit.ApplyTo(current, new EditContext(diagnostics, edit.Location, topology));
            if (next is not null) current = next;
        }
        if (diagnostics.Count == 0) diagnostics.AddRange(validate(current));
        bool failed = diagnostics.Any(d => d.IsError);
        return new EditOutcome(failed ? null : current, [.. diagnostics]);
    }
}
