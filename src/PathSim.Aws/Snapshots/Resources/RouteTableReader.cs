using PathSim.Collections;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Aws.Snapshots.Resources;

/// <summary><c>RouteTables</c> (describe-route-tables): routes, the main flag and subnet associations.</summary>
internal static class RouteTableReader
{
    public static void Read(JsonCursor item, DescribeSource source, SnapshotContent content)
    {
        var id = new RouteTableId(item.RequiredString("RouteTableId"));
        var location = source.LocationOf(id.Value);
        var vpc = new VpcId(item.RequiredString("VpcId"));
        bool isMain = false;
        var associations = new List<(SubnetId, RouteTableId)>();
        foreach (var association in item.Items("Associations"))
        {
            string? state = association.Property("AssociationState")?.OptionalString("State");
            if (state is not null and not "associated") continue;
            if (association.OptionalBool("Main") == true) isMain = true;
            if (association.OptionalString("SubnetId") is { } subnet)
                associations.Add((new SubnetId(subnet), id));
            else if (association.OptionalString("GatewayId") is { } gateway)
                content.Report(DiagnosticDescriptors.UnmodelledResource, location, "edge association of route table", $"{id} -> {gateway}",
                    "ingress routing through a gateway route table is not modelled");
        }

        var routes = new List<Route>();
        foreach (var route in item.Items("Routes"))
            if (ReadRoute(route, id, location, content) is { } r) routes.Add(r);

        // Added only once the whole table has been read, so a table that fails leaves no dangling association.
        content.RouteTableAssociations.AddRange(associations);
        content.RouteTables.Add(new RouteTable
        {
            Id = id,
            Vpc = vpc,
            IsMain = isMain,
            Routes = routes.ToValueArray(),
            Location = location,
        });
    }

    private static Route? ReadRoute(JsonCursor route, RouteTableId table, SourceLocation location, SnapshotContent content)
    {
        RouteDestination destination;
        if (route.Property("DestinationCidrBlock") is { } cidr) destination = RouteDestination.ForCidr(cidr.AsCidr());
        else if (route.OptionalString("DestinationPrefixListId") is { } prefixList) destination = RouteDestination.ForPrefixList(new PrefixListId(prefixList));
        else if (route.Property("DestinationIpv6CidrBlock") is not null)
        {
            content.WarnOnce("ipv6:route", DiagnosticDescriptors.Ipv6Ignored, location, "routes", table.Value);
            return null;
        }
        else throw new SnapshotFormatException(route.Path, "the route has no destination");

        string? targetId = TargetId(route);
        if (targetId is null)
        {
            string what = route.OptionalString("CarrierGatewayId") ?? route.OptionalString("LocalGatewayId")
                ?? route.OptionalString("CoreNetworkArn") ?? route.OptionalString("InstanceId") ?? "an unknown target";
            content.Report(DiagnosticDescriptors.UnmodelledResource, location, "route target", what,
                $"the route {destination} in '{table}' is ignored");
            return null;
        }
        // The local routes (R2) are implicit in the model.
        if (targetId == "local") return null;
        if (!RouteTarget.TryParse(targetId, out var target))
        {
            content.Report(DiagnosticDescriptors.InvalidTarget, location, targetId);
            return null;
        }
        return new Route
        {
            Destination = destination,
            Target = target,
            Origin = route.OptionalString("Origin") == "EnableVgwRoutePropagation" ? RouteOrigin.Propagated : RouteOrigin.Static,
            State = route.OptionalString("State") == "blackhole" ? RouteState.Blackhole : RouteState.Active,
            Location = location,
        };
    }

    /// <summary>The describe output names the target in one of several fields; an instance route also names its interface.</summary>
    private static string? TargetId(JsonCursor route) =>
        route.OptionalString("GatewayId")
        ?? route.OptionalString("NatGatewayId")
        ?? route.OptionalString("VpcPeeringConnectionId")
        ?? route.OptionalString("TransitGatewayId")
        ?? route.OptionalString("NetworkInterfaceId")
        ?? route.OptionalString("EgressOnlyInternetGatewayId");
}
