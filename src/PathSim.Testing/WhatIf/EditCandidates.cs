using PathSim.Addressing;
using PathSim.Topology;
using PathSim.WhatIf;

namespace PathSim.Testing.WhatIf;

/// <summary>
/// The edits a change window typically proposes, enumerated for a given topology: remove a NAT gateway, detach
/// (or remove a detached) internet gateway, detach a gateway endpoint, repoint or drop a route, move a subnet to another
/// route table (or into a peering), drop a security group rule, deny 443 in an ACL, switch off EVR, DNS, private DNS or
/// a peering, drop a bucket policy. Every candidate names existing resources; most leave a valid
/// topology (the ones that do not are refused by <see cref="TopologyEditor"/>, which a property test skips).
/// </summary>
public static class EditCandidates
{
    public static IReadOnlyList<TopologyEdit> For(NetworkTopology topology)
    {
        var edits = new List<TopologyEdit>();
        foreach (var nat in topology.NatGateways) edits.Add(new RemoveResource(new(ResourceKind.NatGateway, nat.Id.Value)));
        // AWS deletes only a detached internet gateway (G1): detach an attached one, remove a detached one.
        foreach (var igw in topology.InternetGateways)
            edits.Add(igw.Vpc is null
                ? new RemoveResource(new(ResourceKind.InternetGateway, igw.Id.Value))
                : new SetField(new(ResourceKind.InternetGateway, igw.Id.Value), "vpc", FieldValue.Null));
        foreach (var endpoint in topology.VpcEndpoints)
        {
            foreach (var table in endpoint.RouteTables) edits.Add(new DetachEndpoint(endpoint.Id, table));
            if (endpoint.Type == VpcEndpointType.Interface)
                edits.Add(new SetField(new(ResourceKind.VpcEndpoint, endpoint.Id.Value), "private_dns", FieldValue.Of(endpoint.PrivateDns ? "false" : "true")));
        }
        foreach (var cluster in topology.RedshiftClusters)
            edits.Add(new SetField(new(ResourceKind.RedshiftCluster, cluster.Id.Value), "enhanced_vpc_routing", FieldValue.Of(cluster.EnhancedVpcRouting ? "false" : "true")));
        foreach (var vpc in topology.Vpcs)
            edits.Add(new SetField(new(ResourceKind.Vpc, vpc.Id.Value), "enable_dns_hostnames", FieldValue.Of(vpc.EnableDnsHostnames ? "false" : "true")));
        foreach (var table in topology.RouteTables)
        {
            foreach (var route in table.Routes.Where(r => !r.Destination.IsPrefixList))
            {
                edits.Add(new RemoveRoute(table.Id, route.Destination));
                foreach (var target in OtherTargets(topology, table, route))
                    edits.Add(new ReplaceRoute(table.Id, route with { Target = target, State = RouteState.Active }));
            }
        }
        foreach (var subnet in topology.Subnets)
            foreach (var table in topology.RouteTables.Where(t => t.Vpc == subnet.Vpc && t.Id != subnet.RouteTable).Take(2))
                edits.Add(new SetField(new(ResourceKind.Subnet, subnet.Id.Value), "route_table", FieldValue.Of(table.Id.Value)));
        foreach (var group in topology.SecurityGroups)
            foreach (var rule in group.Egress.Take(2))
                edits.Add(new RemoveSecurityGroupRule(group.Id, RuleDirection.Egress, rule));
        foreach (var acl in topology.NetworkAcls.Where(a => !a.Egress.Any(e => e.RuleNumber == 1)))
            edits.Add(new AddNetworkAclEntry(acl.Id, RuleDirection.Egress, new NetworkAclEntry
            {
                RuleNumber = 1, Protocol = IpProtocol.Tcp, Ports = PortRange.Single(443), Cidr = Ipv4Prefix.Any, Action = NetworkAclAction.Deny,
            }));
        foreach (var peering in topology.VpcPeeringConnections)
            edits.Add(new SetField(new(ResourceKind.VpcPeeringConnection, peering.Id.Value), "status", FieldValue.Of(peering.IsActive ? "deleted" : "active")));
        foreach (var bucket in topology.S3Buckets.Where(b => b.Policy is not null))
            edits.Add(new SetField(new(ResourceKind.S3Bucket, bucket.Name), "policy", FieldValue.Null));
        return edits;
    }

    /// <summary>Up to two other gateways of the table's VPC to point a route at.</summary>
    private static IEnumerable<RouteTarget> OtherTargets(NetworkTopology topology, RouteTable table, Route route)
    {
        var subnetsOfVpc = topology.Subnets.Where(s => s.Vpc == table.Vpc).Select(s => s.Id).ToHashSet();
        var nats = topology.NatGateways.Where(n => subnetsOfVpc.Contains(n.Subnet)).Select(n => new RouteTarget(RouteTargetKind.NatGateway, n.Id.Value));
        var igws = topology.InternetGateways.Where(g => g.Vpc == table.Vpc).Select(g => new RouteTarget(RouteTargetKind.InternetGateway, g.Id.Value));
        // A default route into a peering: G3 says the flows stop at the peer's CIDR, whatever the peer holds.
        var peerings = topology.VpcPeeringConnections.Where(p => p.RequesterVpc == table.Vpc || p.AccepterVpc == table.Vpc)
            .Select(p => new RouteTarget(RouteTargetKind.VpcPeeringConnection, p.Id.Value));
        return nats.Take(1).Concat(igws).Concat(peerings.Take(1)).Where(t => t != route.Target);
    }
}
