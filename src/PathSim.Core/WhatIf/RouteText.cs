using PathSim.Addressing;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>Reads a route's destination and target as a user writes them in an edit (TOPOLOGY.md, <c>route_tables</c>).</summary>
public static class RouteText
{
    /// <summary>A CIDR, or a prefix list id (<c>pl-…</c>, R4).</summary>
    public static string? TryParseDestination(string text, out RouteDestination destination)
    {
        destination = default;
        if (text.StartsWith("pl-", StringComparison.Ordinal) && text.Length > 3)
        {
            destination = RouteDestination.ForPrefixList(new PrefixListId(text));
            return null;
        }
        if (Ipv4Prefix.TryParse(text, out var cidr))
        {
            destination = RouteDestination.ForCidr(cidr);
            return null;
        }
        return $"'{text}' is not a route destination (an IPv4 CIDR such as 0.0.0.0/0, or a prefix list id pl-…)";
    }

    /// <summary>A static route; the target <c>blackhole</c> makes a blackhole route (R5).</summary>
    public static string? TryParseRoute(string destinationText, string targetText, SourceLocation location, out Route route)
    {
        route = null!;
        if (TryParseDestination(destinationText, out var destination) is { } error) return error;
        if (!RouteTarget.TryParse(targetText, out var target) || target.Kind == RouteTargetKind.Local)
            return $"'{targetText}' is not a route target (igw-, nat-, vpce-, pcx-, tgw-, eni-, eigw-, vgw- or blackhole)";
        route = new Route
        {
            Destination = destination,
            Target = target,
            State = target.Kind == RouteTargetKind.Blackhole ? RouteState.Blackhole : RouteState.Active,
            Location = location,
        };
        return null;
    }
}
