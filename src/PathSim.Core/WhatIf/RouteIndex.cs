using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>Finds a written route by destination, and says why one is missing.</summary>
internal static class RouteIndex
{
    public static int Of(RouteTable table, RouteDestination destination)
    {
        for (int i = 0; i < table.Routes.Count; i++)
            if (table.Routes[i].Destination == destination) return i;
        return -1;
    }

    /// <summary>
    /// Why an edit cannot touch the route to <paramref name="destination"/> when it is one of the VPC's
    /// CIDRs: that is the implicit local route (R2). AWS refuses CreateRoute to it (RouteAlreadyExists),
    /// and pathsim does not model pointing the local route elsewhere (middlebox routing); null otherwise.
    /// </summary>
    public static string? LocalRouteMessage(NetworkTopology topology, RouteTable table, RouteDestination destination)
    {
        var vpc = topology.Vpcs.FirstOrDefault(v => v.Id == table.Vpc);
        if (destination.IsPrefixList || vpc is null || !vpc.Cidrs.Contains(destination.Cidr!.Value)) return null;
        return $"the route to {destination} in '{table.Id}' is the implicit local route, which cannot be changed (R2)";
    }

    public static string NoRouteMessage(NetworkTopology topology, RouteTable table, RouteDestination destination)
    {
        if (LocalRouteMessage(topology, table, destination) is { } local) return local;
        if (destination.IsPrefixList && topology.VpcEndpoints.Any(e => e.RouteTables.Contains(table.Id)))
            return $"route table '{table.Id}' has no written route to {destination}; an endpoint's prefix-list route comes from its association: use 'detach_endpoint' (R6)";
        return $"route table '{table.Id}' has no route to {destination}";
    }
}
