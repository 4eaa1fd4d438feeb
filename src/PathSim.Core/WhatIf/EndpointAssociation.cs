using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>What attaching and detaching a gateway endpoint both check first.</summary>
internal static class EndpointAssociation
{
    public static VpcEndpoint? Find(NetworkTopology topology, VpcEndpointId endpointId, RouteTableId table, EditContext context)
    {
        if (context.Require<VpcEndpoint>(topology, ResourceKind.VpcEndpoint, endpointId.Value) is not { } endpoint) return null;
        if (context.Require<RouteTable>(topology, ResourceKind.RouteTable, table.Value) is null) return null;
        if (endpoint.Type != VpcEndpointType.Gateway)
        {
            context.Invalid($"endpoint '{endpointId}' is an interface endpoint; only gateway endpoints are associated with route tables (set its 'subnets' instead)");
            return null;
        }
        return endpoint;
    }

    public static string List(VpcEndpoint endpoint) =>
        endpoint.RouteTables.IsEmpty ? "none" : string.Join(", ", endpoint.RouteTables);
}
