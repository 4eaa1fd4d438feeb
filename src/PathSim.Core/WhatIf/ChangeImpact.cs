using System.Collections.Immutable;
using PathSim.Network;
using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>
/// Which clusters' flows a change can affect. A cluster's flows run from its subnets through its own
/// VPC to AWS services; a peering can carry them only into the peer's CIDR and no further (G3: no
/// transitive peering, no edge-to-edge routing), and no service address lies in a peer's CIDR. So a
/// cluster's results depend only on its <see cref="TopologySlice"/>: its own VPCs' resources, their
/// peerings and the peer VPC records, the security groups their rules reference, every prefix list
/// and bucket. A change can affect exactly the clusters whose slice, before or after, holds a changed
/// resource; the incremental property test checks that analysing a cluster on its slice gives what
/// analysing the whole topology gives.
/// </summary>
public static class ChangeImpact
{
    public static ImmutableHashSet<RedshiftClusterId> AffectedClusters(NetworkTopology before, NetworkTopology after, TopologyChanges changes)
    {
        var all = after.RedshiftClusters.Select(c => c.Id).ToImmutableHashSet();
        // Prefix lists stand for service addresses (R4, R6) and the region places every service: all clusters.
        if (changes.Settings || changes.Resources.Any(k => k.Kind == ResourceKind.PrefixList)) return all;

        var vpcs = new HashSet<VpcId>();
        foreach (var key in changes.Resources)
        {
            vpcs.UnionWith(SlicesHolding(before, key));
            vpcs.UnionWith(SlicesHolding(after, key));
        }
        var buckets = changes.Resources.Where(k => k.Kind == ResourceKind.S3Bucket).Select(k => k.Id).ToHashSet();
        var subnetVpcs = SubnetVpcs(after);
        return after.RedshiftClusters
            .Where(c => changes.Resources.Contains(new ResourceKey(ResourceKind.RedshiftCluster, c.Id.Value))
                || c.Buckets.Any(b => buckets.Contains(b.Bucket))
                || OwnVpcs(c, subnetVpcs).Overlaps(vpcs))
            .Select(c => c.Id)
            .ToImmutableHashSet();
    }

    /// <summary>
    /// Narrows <paramref name="candidates"/> with the network model's component graphs (before and
    /// after the change, which between them hold every changed component): a cluster stays only when
    /// one of its subnets depends on a changed component — its route table, ACL, interfaces and their
    /// groups, the gateways and endpoints its routes and its VPC lead to — or when the cluster, one of
    /// its buckets, a prefix list or the topology's settings changed.
    /// </summary>
    public static ImmutableHashSet<RedshiftClusterId> Refine(IEnumerable<RedshiftClusterId> candidates, NetworkTopology after,
        TopologyChanges changes, ComponentGraph beforeGraph, ComponentGraph afterGraph)
    {
        var all = candidates.ToImmutableHashSet();
        if (changes.Settings || changes.Resources.Any(k => k.Kind == ResourceKind.PrefixList)) return all;
        var ids = changes.Resources.Select(k => k.Id).ToList();
        var subnets = beforeGraph.AffectedSubnets(ids).Union(afterGraph.AffectedSubnets(ids));
        var buckets = changes.Resources.Where(k => k.Kind == ResourceKind.S3Bucket).Select(k => k.Id).ToHashSet();
        return after.RedshiftClusters
            .Where(c => all.Contains(c.Id))
            .Where(c => changes.Resources.Contains(new ResourceKey(ResourceKind.RedshiftCluster, c.Id.Value))
                || c.Buckets.Any(b => buckets.Contains(b.Bucket))
                || c.Subnets.Any(subnets.Contains))
            .Select(c => c.Id)
            .ToImmutableHashSet();
    }

    /// <summary>The VPCs of the cluster's subnets (one, for a valid subnet group).</summary>
    public static HashSet<VpcId> OwnVpcs(RedshiftCluster cluster, IReadOnlyDictionary<SubnetId, VpcId> subnetVpcs) =>
        cluster.Subnets.Select(s => subnetVpcs.TryGetValue(s, out var vpc) ? vpc : (VpcId?)null).OfType<VpcId>().ToHashSet();

    /// <summary>Each subnet's VPC (the first definition of a duplicated id).</summary>
    public static IReadOnlyDictionary<SubnetId, VpcId> SubnetVpcs(NetworkTopology topology)
    {
        var result = new Dictionary<SubnetId, VpcId>();
        foreach (var subnet in topology.Subnets) result.TryAdd(subnet.Id, subnet.Vpc);
        return result;
    }

    /// <summary>Each VPC's peers, whatever the connection's state (an inactive one may be the change).</summary>
    public static ILookup<VpcId, VpcId> PeerIndex(NetworkTopology topology) =>
        topology.VpcPeeringConnections
            .SelectMany(p => new[] { (p.RequesterVpc, p.AccepterVpc), (p.AccepterVpc, p.RequesterVpc) })
            .ToLookup(pair => pair.Item1, pair => pair.Item2);

    /// <summary>
    /// The VPCs whose clusters' slices hold the resource (the inverse of <see cref="TopologySlice.For"/>):
    /// its own VPC; for a gateway, NAT gateway, endpoint or peering also every VPC whose route tables
    /// name it (a route may lead to another VPC's gateway); for a peering both sides; for a subnet also
    /// the VPCs that route to a NAT gateway in it; for a VPC record its peers, the VPCs whose groups
    /// reference its groups, and the VPCs that route to its gateways, NAT gateways and endpoints; for a
    /// security group the VPCs of every group that references it, directly or through other groups (F1).
    /// </summary>
    public static IEnumerable<VpcId> SlicesHolding(NetworkTopology topology, ResourceKey key)
    {
        if (TopologyResources.Find(topology, key) is not { } resource) return [];
        VpcId? SubnetVpc(SubnetId id) => topology.Subnets.FirstOrDefault(s => s.Id == id)?.Vpc;
        return resource.Value switch
        {
            Vpc v => [v.Id, .. PeerIndex(topology)[v.Id],
                .. topology.SecurityGroups.Where(g => g.Vpc == v.Id).SelectMany(g => ReferencingGroups(topology, g.Id)).Select(g => g.Vpc),
                .. RoutingTo(topology, topology.InternetGateways.Where(g => g.Vpc == v.Id).Select(g => g.Id.Value)
                    .Concat(topology.NatGateways.Where(n => SubnetVpc(n.Subnet) == v.Id).Select(n => n.Id.Value))
                    .Concat(topology.VpcEndpoints.Where(e => e.Vpc == v.Id).Select(e => e.Id.Value)))],
            Subnet s => [s.Vpc, .. RoutingTo(topology, topology.NatGateways.Where(n => n.Subnet == s.Id).Select(n => n.Id.Value))],
            RouteTable t => [t.Vpc],
            InternetGateway g => [.. g.Vpc is { } vpc ? [vpc] : Array.Empty<VpcId>(), .. RoutingTo(topology, [g.Id.Value])],
            NatGateway n => [.. SubnetVpc(n.Subnet) is { } vpc ? [vpc] : Array.Empty<VpcId>(), .. RoutingTo(topology, [n.Id.Value])],
            VpcEndpoint e => [e.Vpc, .. RoutingTo(topology, [e.Id.Value])],
            VpcPeeringConnection p => [p.RequesterVpc, p.AccepterVpc, .. RoutingTo(topology, [p.Id.Value])],
            SecurityGroup g => ReferencingGroups(topology, g.Id).Select(r => r.Vpc),
            NetworkAcl a => [a.Vpc],
            NetworkInterface i => SubnetVpc(i.Subnet) is { } vpc ? [vpc] : [],
            RedshiftCluster c => c.Subnets.Select(SubnetVpc).OfType<VpcId>().Distinct(),
            _ => [],
        };
    }

    /// <summary>The VPCs with a route table that names one of these targets.</summary>
    private static IEnumerable<VpcId> RoutingTo(NetworkTopology topology, IEnumerable<string> targets)
    {
        var wanted = targets.ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0) return [];
        return topology.RouteTables.Where(t => t.Routes.Any(r => wanted.Contains(r.Target.Id))).Select(t => t.Vpc).Distinct();
    }

    /// <summary>The group and every group whose rules reference it, directly or transitively.</summary>
    private static IEnumerable<SecurityGroup> ReferencingGroups(NetworkTopology topology, SecurityGroupId id)
    {
        var referencedBy = topology.SecurityGroups
            .SelectMany(g => g.Ingress.Concat(g.Egress)
                .Where(r => r.Peer.Kind == RulePeerKind.SecurityGroup)
                .Select(r => (Referenced: r.Peer.Id, By: g)))
            .ToLookup(x => x.Referenced, x => x.By);
        var seen = new HashSet<SecurityGroupId>();
        var queue = new Queue<SecurityGroup>(topology.SecurityGroups.Where(g => g.Id == id));
        while (queue.Count > 0)
        {
            var group = queue.Dequeue();
            if (!seen.Add(group.Id)) continue;
            yield return group;
            foreach (var by in referencedBy[group.Id.Value]) queue.Enqueue(by);
        }
    }
}
