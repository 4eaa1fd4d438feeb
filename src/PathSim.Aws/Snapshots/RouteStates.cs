using PathSim.Collections;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Aws.Snapshots;

/// <summary>
/// Gives each route the state AWS would show: a route whose target is deleted, missing from the snapshot,
/// or (an internet gateway) detached from the table's VPC is a blackhole (R5). Routes a gateway endpoint
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

    private Route WithState(Route route, RouteTable table)
    {
        if (route.State == RouteState.Blackhole) return route;
        bool? exists = route.Target.Kind switch
        {
            RouteTargetKind.InternetGateway => _internetGatewayVpc.ContainsKey(route.Target.Id),
            RouteTargetKind.NatGateway => _natGateways.Contains(route.Target.Id),
            RouteTargetKind.VpcEndpoint => _endpoints.Contains(route.Target.Id),
            RouteTargetKind.VpcPeeringConnection => _peerings.Contains(route.Target.Id),
            RouteTargetKind.NetworkInterface => _interfaces.Contains(route.Target.Id),
            _ => null,   // transit gateways, virtual private gateways, egress-only gateways: not modelled as resources
        };
        if (exists == false)
        {
            if (!content.DeletedTargets.Contains(route.Target.Id))
                content.Report(DiagnosticDescriptors.RouteTargetNotInSnapshot, route.Location, route.Destination.ToString(), route.Target.Id, table.Id.Value);
            return route with { State = RouteState.Blackhole };
        }
        // A detached internet gateway (or one attached to another VPC) carries nothing (G1).
        if (route.Target.Kind == RouteTargetKind.InternetGateway && _internetGatewayVpc[route.Target.Id] != table.Vpc)
            return route with { State = RouteState.Blackhole };
        return route;
    }
}
