using PathSim.Redshift;

namespace PathSim.WhatIf;

/// <summary>
/// The first hop where two paths part: its position in the path, and the hop on each side (null
/// where one path has already ended).
/// </summary>
public sealed record HopChange(int Index, FlowHop? Before, FlowHop? After)
{
    /// <summary>
    /// The interface that answered on each side, set only when they differ (another endpoint
    /// interface, in another subnet, now answers): the two paths then do not run hop for hop, and
    /// the hop at <see cref="Index"/> is where they part, not a rule that changed.
    /// </summary>
    public string? ResponderBefore { get; init; }

    public string? ResponderAfter { get; init; }
}
