using PathSim.Collections;

namespace PathSim.WhatIf;

/// <summary>
/// The report of <c>pathsim whatif</c> and <c>pathsim diff</c>: exactly the flows that changed, in
/// the order the new check lists them (then flows that are gone), and how many flows were compared.
/// </summary>
public sealed record RedshiftDiff(string Before, string After, ValueArray<FlowChange> Changes, int Compared)
{
    /// <summary>Exit 1 when true (CLI.md, "What-if").</summary>
    public bool AnyWorse => Changes.Any(c => c.GotWorse);
}
