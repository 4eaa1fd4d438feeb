using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>
/// Removes a gateway endpoint's association with a route table: the table loses the endpoint's
/// prefix-list route (R6), so same-region S3 falls back to whatever else the table routes there.
/// A written-out copy of that route (as describe-route-tables shows it) goes too.
/// </summary>
public sealed record DetachEndpoint(VpcEndpointId Endpoint, RouteTableId Table) : TopologyEdit
{
    public override string Describe() => $"detach endpoint {Endpoint} from {Table}";

    internal override NetworkTopology? ApplyTo(NetworkTopology topology, EditContext context)
    {
        if (EndpointAssociation.Find(topology, Endpoint, Table, context) is not { } endpoint) return null;
        int index = endpoint.RouteTables.AsImmutableArray().IndexOf(Table);
        if (index < 0)
            return context.Invalid($"endpoint '{Endpoint}' is not associated with route table '{Table}' (associated: {EndpointAssociation.List(endpoint)})");
        var result = TopologyResources.Replace(topology, TopologyResource.Of(endpoint with { RouteTables = endpoint.RouteTables.RemoveAt(index) }));
        var table = result.RouteTables.First(t => t.Id == Table);
        var kept = table.Routes.Where(r => !(r.Target.Kind == RouteTargetKind.VpcEndpoint && r.Target.Id == Endpoint.Value && r.Destination.IsPrefixList)).ToList();
        return kept.Count == table.Routes.Count
            ? result
            : TopologyResources.Replace(result, TopologyResource.Of(table with { Routes = [.. kept] }));
    }
}
