using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>Deletes the route to a destination (DeleteRoute). Local routes (R2) and endpoint routes (R6) are implicit and cannot be deleted this way.</summary>
public sealed record RemoveRoute(RouteTableId Table, RouteDestination Destination) : TopologyEdit
{
    public override string Describe() => $"remove route {Table}: {Destination}";

    internal override NetworkTopology? ApplyTo(NetworkTopology topology, EditContext context)
    {
        if (context.Require<RouteTable>(topology, ResourceKind.RouteTable, Table.Value) is not { } table) return null;
        int index = RouteIndex.Of(table, Destination);
        if (index < 0) return context.Invalid(RouteIndex.NoRouteMessage(topology, table, Destination));
        return TopologyResources.Replace(topology, TopologyResource.Of(table with { Routes = table.Routes.RemoveAt(index) }));
    }
}
