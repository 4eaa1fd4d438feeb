using PathSim.Redshift;

namespace PathSim.WhatIf;

/// <summary>
/// The first hop where two paths part: its position in the path, and the hop on each side (null
/// where one path has already ended).
/// </summary>
public sealed record HopChange(int Index, FlowHop? Before, FlowHop? After);
