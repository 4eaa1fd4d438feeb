using PathSim.Addressing;

namespace PathSim.Network;

/// <summary>
/// One piece of a route table's partition of the IPv4 space: every destination in <see cref="Range"/>
/// is decided by <see cref="Route"/> (the longest-prefix winner), or dropped for lack of a route when null.
/// </summary>
public readonly record struct RouteInterval(Ipv4Range Range, CompiledRoute? Route)
{
    public override string ToString() => $"{Range} -> {Route?.Text ?? "(no route)"}";
}
