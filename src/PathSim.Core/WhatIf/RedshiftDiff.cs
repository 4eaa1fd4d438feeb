using PathSim.Collections;

namespace PathSim.WhatIf;

/// <summary>
/// The report of <c>pathsim whatif</c> and <c>pathsim diff</c>: exactly the flows that changed, in
/// the order the new check lists them (then flows that are gone), and how many flows were compared:
/// every flow on either side (before ∪ after), so <c>Changes.Count &lt;= Compared</c>.
/// </summary>
public sealed record RedshiftDiff(string Before, string After, ValueArray<FlowChange> Changes, int Compared)
{
    /// <summary>Exit 1 when true (CLI.md, "What-if").</summary>
    public bool AnyWorse => Changes.Any(c => c.GotWorse);

    public int Worse => Changes.Count(c => c.GotWorse);
    public int Better => Changes.Count(c => c.GotBetter);

    /// <summary>Flows only the new topology has (a cluster, subnet, bucket use or catalog added).</summary>
    public int Added => Changes.Count(c => c.Before is null);

    /// <summary>Flows only the old topology had.</summary>
    public int Removed => Changes.Count(c => c.After is null);

    /// <summary>What the flows alone do not say: why flows disappeared or what pathsim assumed (<see cref="DiffNotes"/>).</summary>
    public ValueArray<string> Notes { get; init; }
}
