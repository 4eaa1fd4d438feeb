using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>
/// Which resources a resource names, by id. Removing a resource that others still name is what
/// AWS refuses with DependencyViolation, except route targets, whose routes turn blackhole (R5).
/// </summary>
public static class TopologyReferences
{
    public static IEnumerable<TopologyReference> Of(NetworkTopology topology) =>
        TopologyResources.Enumerate(topology).SelectMany(Of);

    public static IEnumerable<TopologyReference> Of(TopologyResource resource)
    {
        var from = resource.Key;
        TopologyReference To(ResourceKind kind, string id, string field) => new(from, new ResourceKey(kind, id), field);

        switch (resource.Value)
        {
            case Subnet s:
                yield return To(ResourceKind.Vpc, s.Vpc.Value, "vpc");
                if (s.RouteTable is { } rtb) yield return To(ResourceKind.RouteTable, rtb.Value, "route_table");
                if (s.NetworkAcl is { } acl) yield return To(ResourceKind.NetworkAcl, acl.Value, "network_acl");
                break;
            case RouteTable t:
                yield return To(ResourceKind.Vpc, t.Vpc.Value, "vpc");
                foreach (var route in t.Routes)
                {
                    if (route.Destination.IsPrefixList)
                        yield return To(ResourceKind.PrefixList, route.Destination.PrefixList.Value.Value, $"routes[{route.Destination}].destination");
                    if (RouteTargetKindOf(route.Target.Kind) is { } targetKind)
                        yield return To(targetKind, route.Target.Id, $"routes[{route.Destination}].target");
                }
                break;
            case InternetGateway g:
                if (g.Vpc is { } vpc) yield return To(ResourceKind.Vpc, vpc.Value, "vpc");
                break;
            case NatGateway n:
                yield return To(ResourceKind.Subnet, n.Subnet.Value, "subnet");
                break;
            case VpcEndpoint e:
                yield return To(ResourceKind.Vpc, e.Vpc.Value, "vpc");
                foreach (var id in e.RouteTables) yield return To(ResourceKind.RouteTable, id.Value, "route_tables");
                foreach (var id in e.Subnets) yield return To(ResourceKind.Subnet, id.Value, "subnets");
                foreach (var id in e.SecurityGroups) yield return To(ResourceKind.SecurityGroup, id.Value, "security_groups");
                foreach (var id in e.NetworkInterfaces) yield return To(ResourceKind.NetworkInterface, id.Value, "network_interfaces");
                break;
            case VpcPeeringConnection p:
                yield return To(ResourceKind.Vpc, p.RequesterVpc.Value, "requester_vpc");
                yield return To(ResourceKind.Vpc, p.AccepterVpc.Value, "accepter_vpc");
                break;
            case SecurityGroup g:
                yield return To(ResourceKind.Vpc, g.Vpc.Value, "vpc");
                foreach (var rule in g.Ingress.Concat(g.Egress))
                {
                    if (rule.Peer.Kind == RulePeerKind.SecurityGroup) yield return To(ResourceKind.SecurityGroup, rule.Peer.Id, "rules");
                    if (rule.Peer.Kind == RulePeerKind.PrefixList) yield return To(ResourceKind.PrefixList, rule.Peer.Id, "rules");
                }
                break;
            case NetworkAcl a:
                yield return To(ResourceKind.Vpc, a.Vpc.Value, "vpc");
                break;
            case NetworkInterface i:
                yield return To(ResourceKind.Subnet, i.Subnet.Value, "subnet");
                foreach (var id in i.SecurityGroups) yield return To(ResourceKind.SecurityGroup, id.Value, "security_groups");
                break;
            case RedshiftCluster c:
                foreach (var id in c.Subnets) yield return To(ResourceKind.Subnet, id.Value, "subnets");
                foreach (var id in c.SecurityGroups) yield return To(ResourceKind.SecurityGroup, id.Value, "security_groups");
                foreach (var id in c.NetworkInterfaces) yield return To(ResourceKind.NetworkInterface, id.Value, "network_interfaces");
                foreach (var use in c.Buckets) yield return To(ResourceKind.S3Bucket, use.Bucket, "buckets");
                break;
        }
    }

    /// <summary>The resource kind a route target names; null for local, blackhole and kinds pathsim does not hold (tgw, vgw, eigw).</summary>
    public static ResourceKind? RouteTargetKindOf(RouteTargetKind kind) => kind switch
    {
        RouteTargetKind.InternetGateway => ResourceKind.InternetGateway,
        RouteTargetKind.NatGateway => ResourceKind.NatGateway,
        RouteTargetKind.VpcEndpoint => ResourceKind.VpcEndpoint,
        RouteTargetKind.VpcPeeringConnection => ResourceKind.VpcPeeringConnection,
        RouteTargetKind.NetworkInterface => ResourceKind.NetworkInterface,
        _ => null,
    };
}
