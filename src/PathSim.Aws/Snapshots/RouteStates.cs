using PathSim.Collections;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Aws.Snapshots;

/// <summary>
/// Gives each route the state AWS would show (R5): a route whose target is gone (deleted, missing from the
/// snapshot, or an internet gateway now attached to another VPC) becomes a route to the literal
/// <c>blackhole</c>, so the topology names no resource that is not there; a route to a detached internet
/// gateway keeps its target in blackhole state. Routes a gateway endpoint
/// implies (<c>pl-… → vpce-…</c> in its route tables) are dropped, as the model adds them itself (R6).
/// </summary>
internal sealed class RouteStates(
    SnapshotContent content,
    List<InternetGateway> internetGateways,
    List<NatGateway> natGateways,
    List<VpcEndpoint> endpoints,
    List<VpcPeeringConnection> peerings,
    List<NetworkInterface> interfaces)
{
    private readonly Dictionary<string, VpcId?> _internetGatewayVpc = internetGateways.ToDictionary(g => g.Id.Value, g => g.Vpc, StringComparer.Ordinal);
    private readonly HashSet<string> _natGateways = natGateways.Select(n => n.Id.Value).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _endpoints = endpoints.Select(e => e.Id.Value).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _peerings = peerings.Select(p => p.Id.Value).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _interfaces = interfaces.Select(i => i.Id.Value).ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<(RouteTableId, string)> _impliedEndpointRoutes = endpoints
        .Where(e => e.Type == VpcEndpointType.Gateway)
        .SelectMany(e => e.RouteTables.Select(t => (t, e.Id.Value)))
        .ToHashSet();

    public List<RouteTable> Apply(List<RouteTable> tables) => tables.Select(t => t with
    {
        Routes = t.Routes
            .Where(r => !(r.Destination.IsPrefixList && r.Target.Kind == RouteTargetKind.VpcEndpoint && _impliedEndpointRoutes.Contains((t.Id, r.Target.Id))))
            .Select(r => WithState(r, t))
            .ToValueArray(),
    }).ToList();

    /// <summary>A target that is no longer there leaves the literal <c>blackhole</c>: the topology names no resource that does not exist.</summary>
    private static Route Gone(Route route) => route with { Target = RouteTarget.Blackhole, State = RouteState.Blackhole };

    private Route WithState(Route route, RouteTable table)
    {
        bool? exists = route.Target.Kind switch
        {
            RouteTargetKind.InternetGateway => _internetGatewayVpc.ContainsKey(route.Target.Id),
            RouteTargetKind.NatGateway => _natGateways.Contains(route.Target.Id),
            RouteTargetKind.VpcEndpoint => _endpoints.Contains(route.Target.Id),
            RouteTargetKind.VpcPeeringConnection => _peerings.Contains(route.Target.Id),
            RouteTargetKind.NetworkInterface => _interfaces.Contains(route.Target.Id),
            _ => null,   // transit gateways, virtual private gateways, egress-only gateways: not modelled as resources
        };
        VpcId? internetGatewayVpc = route.Target.Kind == RouteTargetKind.InternetGateway && exists == true ? _internetGatewayVpc[route.Target.Id] : null;
        // An internet gateway attached to another VPC cannot be this table's target at all.
        bool gone = exists == false || (internetGatewayVpc is { } vpc && vpc != table.Vpc);
        if (gone)
        {
            if (exists == false && route.State == RouteState.Active && !content.DeletedTargets.Contains(route.Target.Id))
                content.Report(DiagnosticDescriptors.RouteTargetNotInSnapshot, route.Location, route.Destination.ToString(), route.Target.Id, table.Id.Value);
            return Gone(route);
        }
        // A detached internet gateway carries nothing (G1).
        if (route.Target.Kind == RouteTargetKind.InternetGateway && internetGatewayVpc is null)
            return route with { State = RouteState.Blackhole };
        return route;
    }
}
