using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;

namespace PathSim.Topology;

public sealed record Route
{
    public required RouteDestination Destination { get; init; }
    public required RouteTarget Target { get; init; }
    public RouteOrigin Origin { get; init; } = RouteOrigin.Static;

    /// <summary>Blackhole when the target was deleted (or the target is <c>blackhole</c>): still wins LPM and drops (R5).</summary>
    public RouteState State { get; init; } = RouteState.Active;
    public SourceLocation Location { get; init; }
}
