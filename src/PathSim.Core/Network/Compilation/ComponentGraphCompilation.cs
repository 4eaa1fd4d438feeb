using QuikGraph;
using PathSim.Topology;

namespace PathSim.Network.Compilation;

/// <summary>Builds the dependency graph of the compiled model (edges from dependent to dependency, see <see cref="ComponentEdgeKind"/>).</summary>
internal static class ComponentGraphCompilation
{
    public static ComponentGraph Build(NetworkModel model)
    {
        var graph = new BidirectionalGraph<ComponentRef, TaggedEdge<ComponentRef, ComponentEdgeKind>>(allowParallelEdges: false);
        void Edge(ComponentRef from, ComponentRef to, ComponentEdgeKind kind)
        {
            graph.AddVertex(from);
            graph.AddVertex(to);
            if (!graph.TryGetEdge(from, to, out _)) graph.AddEdge(new TaggedEdge<ComponentRef, ComponentEdgeKind>(from, to, kind));
        }
        static ComponentRef Ref(ComponentKind kind, string id) => new(kind, id);

        var topology = model.Topology;
        foreach (var vpc in topology.Vpcs) graph.AddVertex(Ref(ComponentKind.Vpc, vpc.Id.Value));
        foreach (var subnet in topology.Subnets)
        {
            var s = Ref(ComponentKind.Subnet, subnet.Id.Value);
            var vpc = Ref(ComponentKind.Vpc, subnet.Vpc.Value);
            Edge(s, vpc, ComponentEdgeKind.InVpc);
            Edge(vpc, s, ComponentEdgeKind.ContainsSubnet);
            if (model.RouteTableFor(subnet.Id) is { } table) Edge(s, Ref(ComponentKind.RouteTable, table.Id.Value), ComponentEdgeKind.UsesRouteTable);
            if (model.NetworkAclFor(subnet.Id) is { } acl) Edge(s, Ref(ComponentKind.NetworkAcl, acl.Id.Value), ComponentEdgeKind.UsesNetworkAcl);
        }
        foreach (var table in model.RouteTables)
        {
            var t = Ref(ComponentKind.RouteTable, table.Id.Value);
            graph.AddVertex(t);
            foreach (var route in table.Routes.Concat(table.ShadowedRoutes))
            {
                if (route.PrefixList is { } pl) Edge(t, Ref(ComponentKind.PrefixList, pl.Value), ComponentEdgeKind.UsesPrefixList);
                if (TargetRef(route.Target) is { } target) Edge(t, target, ComponentEdgeKind.RoutesTo);
            }
        }
        foreach (var endpoint in model.VpcEndpoints)
        {
            var e = Ref(ComponentKind.VpcEndpoint, endpoint.Id.Value);
            foreach (var table in endpoint.Endpoint.RouteTables) Edge(Ref(ComponentKind.RouteTable, table.Value), e, ComponentEdgeKind.AssociatedEndpoint);
            if (endpoint.Type == VpcEndpointType.Interface) Edge(Ref(ComponentKind.Vpc, endpoint.Vpc.Value), e, ComponentEdgeKind.HostsEndpoint);
            foreach (var nic in endpoint.Interfaces) Edge(e, Ref(ComponentKind.NetworkInterface, nic.Id.Value), ComponentEdgeKind.OwnsInterface);
        }
        foreach (var nat in model.NatGateways)
        {
            var n = Ref(ComponentKind.NatGateway, nat.Id.Value);
            Edge(n, Ref(ComponentKind.Subnet, nat.Subnet.Value), ComponentEdgeKind.PlacedIn);
            Edge(n, Ref(ComponentKind.NetworkInterface, nat.Interface.Id.Value), ComponentEdgeKind.OwnsInterface);
        }
        foreach (var nic in model.Interfaces)
        {
            var i = Ref(ComponentKind.NetworkInterface, nic.Id.Value);
            var s = Ref(ComponentKind.Subnet, nic.Subnet.Value);
            Edge(i, s, ComponentEdgeKind.PlacedIn);
            Edge(s, i, ComponentEdgeKind.HostsInterface);
            foreach (var group in nic.SecurityGroups) Edge(i, Ref(ComponentKind.SecurityGroup, group.Value), ComponentEdgeKind.CarriesGroup);
            if (nic.Owner is { Kind: ComponentKind.RedshiftCluster } owner) Edge(owner, i, ComponentEdgeKind.OwnsInterface);
        }
        foreach (var group in topology.SecurityGroups)
        {
            var g = Ref(ComponentKind.SecurityGroup, group.Id.Value);
            graph.AddVertex(g);
            foreach (var rule in group.Ingress.Concat(group.Egress))
            {
                if (rule.Peer.Kind == RulePeerKind.SecurityGroup) Edge(g, Ref(ComponentKind.SecurityGroup, rule.Peer.Id), ComponentEdgeKind.ReferencesGroup);
                if (rule.Peer.Kind == RulePeerKind.PrefixList) Edge(g, Ref(ComponentKind.PrefixList, rule.Peer.Id), ComponentEdgeKind.UsesPrefixList);
            }
        }
        // Subnets by VPC in topology order, built once: scanning every subnet per peering was
        // O(peerings x subnets), half of the model build at 1,000 VPCs (benchmarks/README.md).
        var subnetsByVpc = topology.Subnets.Select((subnet, index) => (subnet, index)).ToLookup(x => x.subnet.Vpc);
        foreach (var peering in topology.VpcPeeringConnections)
        {
            var p = Ref(ComponentKind.VpcPeeringConnection, peering.Id.Value);
            graph.AddVertex(p);
            var sides = peering.RequesterVpc == peering.AccepterVpc
                ? subnetsByVpc[peering.RequesterVpc]
                : subnetsByVpc[peering.RequesterVpc].Concat(subnetsByVpc[peering.AccepterVpc]).OrderBy(x => x.index);
            foreach (var (subnet, _) in sides)
                Edge(p, Ref(ComponentKind.Subnet, subnet.Id.Value), ComponentEdgeKind.Peers);
        }
        foreach (var igw in topology.InternetGateways) graph.AddVertex(Ref(ComponentKind.InternetGateway, igw.Id.Value));
        foreach (var list in topology.PrefixLists) graph.AddVertex(Ref(ComponentKind.PrefixList, list.Id.Value));
        return new ComponentGraph(graph);
    }

    private static ComponentRef? TargetRef(RouteTarget target) => target.Kind switch
    {
        RouteTargetKind.InternetGateway => new(ComponentKind.InternetGateway, target.Id),
        RouteTargetKind.NatGateway => new(ComponentKind.NatGateway, target.Id),
        RouteTargetKind.VpcEndpoint => new(ComponentKind.VpcEndpoint, target.Id),
        RouteTargetKind.VpcPeeringConnection => new(ComponentKind.VpcPeeringConnection, target.Id),
        RouteTargetKind.Local or RouteTargetKind.Blackhole => null,
        _ => new(ComponentKind.UnmodelledTarget, target.Id),
    };
}
