using System.Collections.Immutable;
using PathSim.Addressing;
using PathSim.Diagnostics;
using PathSim.Services;
using PathSim.Topology;

namespace PathSim.Network.Compilation;

/// <summary>
/// Compiles a route table into its full route set: implicit local routes (R2), prefix-list routes one
/// per CIDR (R4), the implicit routes of associated gateway endpoints (R6), blackholes (R5, including
/// routes whose target does not exist), then decides exact-prefix ties (R4) and builds the LPM partition.
/// </summary>
internal static class RouteTableCompilation
{
    public static CompiledRouteTable ImplicitMain(Vpc vpc) =>
        Compile(new RouteTable { Id = new RouteTableId($"{vpc.Id}-implicit-main"), Vpc = vpc.Id, IsMain = true, Location = vpc.Location },
            vpc, isImplicit: true, [], _ => true, ServiceAddressCatalog.Empty, _ => null, []);

    public static CompiledRouteTable Compile(
        RouteTable table,
        Vpc? vpc,
        bool isImplicit,
        IReadOnlyList<CompiledVpcEndpoint> gatewayEndpointsOfVpc,
        Func<RouteTarget, bool> targetExists,
        ServiceAddressCatalog services,
        Func<PrefixListId, PrefixList?> findPrefixList,
        List<Diagnostic> diagnostics)
    {
        var candidates = new List<CompiledRoute>();
        var written = new HashSet<VpcEndpointId>();

        // R2: one local route per VPC CIDR. A user route 'cidr -> local' (as describe output has) is the same route.
        foreach (var cidr in vpc?.Cidrs ?? [])
        {
            var userLocal = table.Routes.FirstOrDefault(r => r.Target.Kind == RouteTargetKind.Local && r.Destination.Cidr == cidr);
            candidates.Add(new CompiledRoute
            {
                Table = table.Id, Destination = cidr, Target = RouteTarget.Local, Origin = CompiledRouteOrigin.Local,
                Text = $"{cidr} -> local", Location = userLocal?.Location ?? table.Location,
            });
        }

        foreach (var route in table.Routes)
        {
            if (route.Target.Kind == RouteTargetKind.Local && route.Destination.Cidr is { } c && (vpc?.Cidrs.Contains(c) ?? false))
                continue;
            bool blackhole = route.State == RouteState.Blackhole || route.Target.Kind == RouteTargetKind.Blackhole || !targetExists(route.Target);
            var gatewayEndpoint = route.Target.Kind == RouteTargetKind.VpcEndpoint
                ? gatewayEndpointsOfVpc.FirstOrDefault(e => e.Id.Value == route.Target.Id)
                : null;
            string text = $"{route.Destination} -> {route.Target}";

            if (!route.Destination.IsPrefixList)
            {
                candidates.Add(new CompiledRoute
                {
                    Table = table.Id, Destination = route.Destination.Cidr!.Value, Target = route.Target,
                    Origin = route.Origin == RouteOrigin.Propagated ? CompiledRouteOrigin.Propagated : CompiledRouteOrigin.Static,
                    IsBlackhole = blackhole, Text = text, Location = route.Location,
                });
                continue;
            }

            // R4: a prefix-list route is one route per CIDR. An unnamed managed list behind a gateway
            // endpoint stands for that endpoint's service ranges (R6).
            var listId = route.Destination.PrefixList.Value;
            Ipv4PrefixSet cidrs = findPrefixList(listId) is { } list ? Ipv4PrefixSet.Create(list.Cidrs)
                : gatewayEndpoint is not null ? gatewayEndpoint.ServiceAddresses
                : Ipv4PrefixSet.Empty;
            var origin = route.Origin == RouteOrigin.Propagated ? CompiledRouteOrigin.Propagated : CompiledRouteOrigin.PrefixList;
            if (gatewayEndpoint is not null)
            {
                origin = CompiledRouteOrigin.GatewayEndpoint;
                written.Add(gatewayEndpoint.Id);
                // TOPOLOGY.md: a written endpoint route must agree with the endpoint's route table associations.
                if (!gatewayEndpoint.Endpoint.RouteTables.Contains(table.Id))
                    diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.GatewayEndpointRouteDisagrees, route.Location,
                        route.Destination.ToString(), route.Target.Id, table.Id.Value, gatewayEndpoint.Id.Value));
            }
            foreach (var prefix in cidrs.Prefixes)
                candidates.Add(new CompiledRoute
                {
                    Table = table.Id, Destination = prefix, Target = route.Target, Origin = origin, PrefixList = listId,
                    IsBlackhole = blackhole, Text = text, Location = route.Location,
                });
        }

        // R6: an associated gateway endpoint adds pl-<service> -> vpce to this table (unless written out above).
        foreach (var endpoint in gatewayEndpointsOfVpc)
        {
            if (!endpoint.Endpoint.RouteTables.Contains(table.Id) || written.Contains(endpoint.Id) || endpoint.Service is not { } service) continue;
            var list = services.OverridingPrefixList(service);
            string destinationText = list?.Id.Value ?? service.EndpointServiceName;
            foreach (var prefix in endpoint.ServiceAddresses.Prefixes)
                candidates.Add(new CompiledRoute
                {
                    Table = table.Id, Destination = prefix, Target = new RouteTarget(RouteTargetKind.VpcEndpoint, endpoint.Id.Value),
                    Origin = CompiledRouteOrigin.GatewayEndpoint, PrefixList = list?.Id,
                    // Not a blackhole when the endpoint is not available: the route is AWS's, the user cannot
                    // replace it, and the endpoint (its target) is what drops the traffic (VPCE_NOT_AVAILABLE).
                    Text = $"{destinationText} -> {endpoint.Id} (implicit, endpoint route table association)",
                    Location = endpoint.Location,
                });
        }

        // R4 exact ties: local > explicit CIDR > prefix list > propagated; among equals, the first written.
        var winners = ImmutableArray.CreateBuilder<CompiledRoute>();
        var shadowed = ImmutableArray.CreateBuilder<CompiledRoute>();
        foreach (var group in candidates.Select((r, i) => (r, i)).GroupBy(x => x.r.Destination).OrderBy(g => g.Key))
        {
            var ordered = group.OrderBy(x => x.r.Origin).ThenBy(x => x.i).Select(x => x.r).ToList();
            winners.Add(ordered[0]);
            shadowed.AddRange(ordered.Skip(1));
        }
        return new CompiledRouteTable(table.Id, table.Vpc, table.IsMain, isImplicit, table.Location, winners.ToImmutable(), shadowed.ToImmutable());
    }
}
