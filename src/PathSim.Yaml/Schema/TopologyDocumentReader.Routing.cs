using PathSim.Topology;
using PathSim.Yaml.Syntax;
using static PathSim.Diagnostics.DiagnosticDescriptors;

namespace PathSim.Yaml.Schema;

/// <summary>Route tables and their routes.</summary>
internal sealed partial class TopologyDocumentReader
{
    private RouteTable ReadRouteTable(MappingReader m)
    {
        string id = m.Id("id", "route table") ?? "";
        return new RouteTable
        {
            Id = new RouteTableId(id),
            Vpc = new VpcId(m.Id("vpc", "VPC") ?? ""),
            IsMain = m.Bool("main", false),
            Routes = Children(m, "routes", "route", TopologySchema.Route, r => ReadRoute(r, id)),
            Location = m.Location,
        };
    }

    /// <summary>Null for an IPv6 route (warned, PS4003) or a route that failed.</summary>
    private Route? ReadRoute(MappingReader m, string table)
    {
        if (m.Present("destination", false) is { } d && ScalarParsers.IsIpv6(d))
        {
            WarnIpv6(d, "route", table);
            return null;
        }
        var destination = m.Scalar("destination", true, ParseDestination);
        var target = m.Scalar("target", true, ParseTarget);
        var origin = m.Enum("origin", TopologySchema.Origin) ?? RouteOrigin.Static;
        // R5: the literal target `blackhole` is a blackhole route; `state: blackhole` marks a route
        // whose target was deleted (as describe-route-tables reports it).
        var state = m.Enum("state", TopologySchema.State) ?? RouteState.Active;
        if (target is { Kind: RouteTargetKind.Blackhole }) state = RouteState.Blackhole;
        if (destination is null || target is null) return null;
        return new Route
        {
            Destination = destination.Value,
            Target = target.Value,
            Origin = origin,
            State = state,
            Location = m.Location,
        };
    }

    /// <summary>A CIDR, or a prefix list: a <c>pl-</c> id or the id of a prefix list the file defines.</summary>
    private RouteDestination? ParseDestination(ReadContext ctx, YamlNode node)
    {
        string text = node.Value;
        if (text.StartsWith("pl-", StringComparison.Ordinal) || _prefixListIds.Contains(text))
            return RouteDestination.ForPrefixList(new PrefixListId(text));
        return ScalarParsers.Cidr(ctx, node, " or prefix list id (pl-...)") is { } cidr ? RouteDestination.ForCidr(cidr) : null;
    }

    /// <summary>By AWS id prefix first (igw-, nat-, ...), then by the ids the file defines; else PS3014.</summary>
    private RouteTarget? ParseTarget(ReadContext ctx, YamlNode node)
    {
        string text = node.Value;
        if (RouteTarget.TryParse(text, out var target)) return target;
        if (_targetIds.TryGetValue(text, out var kind)) return new RouteTarget(kind, text);
        ctx.Report(InvalidTarget, node, text);
        return null;
    }
}
