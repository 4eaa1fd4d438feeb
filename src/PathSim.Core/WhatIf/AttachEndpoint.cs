using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>Associates a gateway endpoint with a route table, which gives the table the endpoint's prefix-list route (R6).</summary>
public sealed record AttachEndpoint(VpcEndpointId Endpoint, RouteTableId Table) : TopologyEdit
{
    public override string Describe() => $"attach endpoint {Endpoint} to {Table}";

    internal override NetworkTopology? ApplyTo(NetworkTopology topology, EditContext context)
    {
        if (EndpointAssociation.Find(topology, Endpoint, Table, context) is not { } endpoint) return null;
        if (endpoint.RouteTables.Contains(Table))
            return context.Invalid($"endpoint '{Endpoint}' is already associated with route table '{Table}'");
        return TopologyResources.Replace(topology, TopologyResource.Of(endpoint with { RouteTables = endpoint.RouteTables.Add(Table) }));
    }
}
