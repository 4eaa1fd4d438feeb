namespace PathSim.WhatIf;

/// <summary>
/// One resource naming another: <paramref name="From"/>'s field <paramref name="Field"/> holds
/// <paramref name="To"/>'s id (for a route, the field is <c>routes[DEST].target</c>).
/// </summary>
public readonly record struct TopologyReference(ResourceKey From, ResourceKey To, string Field)
{
    /// <summary>A route's target: deleting the target leaves the route in blackhole state (R5) instead of failing.</summary>
    public bool IsRouteTarget => Field.EndsWith(".target", StringComparison.Ordinal);
}
