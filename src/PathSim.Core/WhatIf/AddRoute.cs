using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>Adds a route to a route table (CreateRoute): the table must not already route that destination.</summary>
public sealed record AddRoute(RouteTableId Table, Route Route) : TopologyEdit
{
    public override string Describe() => $"add route {Table}: {Route.Destination} -> {Route.Target}";

    internal override NetworkTopology? ApplyTo(NetworkTopology topology, EditContext context)
    {
        if (context.Require<RouteTable>(topology, ResourceKind.RouteTable, Table.Value) is not { } table) return null;
        if (RouteIndex.LocalRouteMessage(topology, table, Route.Destination) is { } local) return context.Invalid(local);
        if (table.Routes.Any(r => r.Destination == Route.Destination))
            return context.Invalid($"route table '{Table}' already has a route to {Route.Destination}; use 'replace_route' to change its target");
        return TopologyResources.Replace(topology, TopologyResource.Of(table with { Routes = table.Routes.Add(Route) }));
    }
}
