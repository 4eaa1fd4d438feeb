using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>Points the route to a destination at a new target (ReplaceRoute).</summary>
public sealed record ReplaceRoute(RouteTableId Table, Route Route) : TopologyEdit
{
    public override string Describe() => $"replace route {Table}: {Route.Destination} -> {Route.Target}";

    internal override NetworkTopology? ApplyTo(NetworkTopology topology, EditContext context)
    {
        if (context.Require<RouteTable>(topology, ResourceKind.RouteTable, Table.Value) is not { } table) return null;
        if (RouteIndex.LocalRouteMessage(topology, table, Route.Destination) is { } local) return context.Invalid(local);
        int index = RouteIndex.Of(table, Route.Destination);
        if (index < 0) return context.Invalid(RouteIndex.NoRouteMessage(topology, table, Route.Destination));
        return TopologyResources.Replace(topology, TopologyResource.Of(table with { Routes = table.Routes.SetItem(index, Route) }));
    }
}
