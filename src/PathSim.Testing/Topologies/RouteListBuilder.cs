using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Topology;

namespace PathSim.Testing.Topologies;

/// <summary>The routes of one table for <see cref="TopologyBuilder.RouteTable"/>.</summary>
public sealed class RouteListBuilder
{
    private readonly List<Route> _routes = [];

    /// <summary>A route: <paramref name="destination"/> is a CIDR or a <c>pl-</c> id; <paramref name="target"/> an id, <c>local</c> or <c>blackhole</c>.</summary>
    public RouteListBuilder Route(string destination, string target, RouteOrigin origin = RouteOrigin.Static, RouteState state = RouteState.Active)
    {
        var parsedDestination = destination.StartsWith("pl-", StringComparison.Ordinal)
            ? RouteDestination.ForPrefixList(new PrefixListId(destination))
            : RouteDestination.ForCidr(Ipv4Prefix.Parse(destination));
        if (!RouteTarget.TryParse(target, out var parsedTarget)) throw new FormatException($"'{target}' is not a route target");
        _routes.Add(new Route
        {
            Destination = parsedDestination, Target = parsedTarget, Origin = origin,
            State = parsedTarget.Kind == RouteTargetKind.Blackhole ? RouteState.Blackhole : state,
        });
        return this;
    }

    public RouteListBuilder Blackhole(string destination) => Route(destination, "blackhole");

    public RouteListBuilder Propagated(string destination, string target) => Route(destination, target, RouteOrigin.Propagated);

    internal ValueArray<Route> Build() => [.. _routes];
}
