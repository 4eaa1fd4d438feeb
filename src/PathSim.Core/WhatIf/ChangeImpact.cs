using System.Collections.Immutable;
using PathSim.Network;
using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>
/// Which clusters' flows a change can affect. Every flow of a cluster runs from its subnets through
/// its own VPC to an AWS service, and through a peering at most into the peer VPC, never beyond
/// (G3: no transitive peering, no edge-to-edge routing). So a change can only affect clusters whose
/// VPC, or a VPC peered with it, holds a changed resource; plus clusters that use a changed bucket,
/// the changed clusters themselves, and everyone when a prefix list (service addresses, R4/R6) or
/// the topology's region changes.
/// </summary>
public static class ChangeImpact
{
    public static ImmutableHashSet<RedshiftClusterId> AffectedClusters(NetworkTopology before, NetworkTopology after, TopologyChanges changes)
    {
        var all = after.RedshiftClusters.Select(c => c.Id).ToImmutableHashSet();
        if (changes.Settings || changes.Resources.Any(k => k.Kind == ResourceKind.PrefixList)) return all;

        var vpcs = new HashSet<VpcId>();
        foreach (var key in changes.Resources)
        {
            vpcs.UnionWith(VpcsOf(before, key));
            vpcs.UnionWith(VpcsOf(after, key));
        }
        var buckets = changes.Resources.Where(k => k.Kind == ResourceKind.S3Bucket).Select(k => k.Id).ToHashSet();

        var peers = PeerIndex(after);
        var subnetVpcs = SubnetVpcs(after);
        return after.RedshiftClusters
            .Where(c => changes.Resources.Contains(new ResourceKey(ResourceKind.RedshiftCluster, c.Id.Value))
                || c.Buckets.Any(b => buckets.Contains(b.Bucket))
                || Reach(c, subnetVpcs, peers).Overlaps(vpcs))
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

    /// <summary>The VPCs of the cluster's subnets and the VPCs peered with them: all a flow of it can pass.</summary>
    public static HashSet<VpcId> Reach(RedshiftCluster cluster, IReadOnlyDictionary<SubnetId, VpcId> subnetVpcs, ILookup<VpcId, VpcId> peers)
    {
        var own = cluster.Subnets.Select(s => subnetVpcs.TryGetValue(s, out var vpc) ? vpc : (VpcId?)null).OfType<VpcId>().ToHashSet();
        var reach = new HashSet<VpcId>(own);
        foreach (var vpc in own) reach.UnionWith(peers[vpc]);
        return reach;
    }

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

    /// <summary>The VPCs a resource lives in or connects (empty when it is not in this topology).</summary>
    public static IEnumerable<VpcId> VpcsOf(NetworkTopology topology, ResourceKey key)
    {
        if (TopologyResources.Find(topology, key) is not { } resource) return [];
        VpcId? SubnetVpc(SubnetId id) => topology.Subnets.FirstOrDefault(s => s.Id == id)?.Vpc;
        return resource.Value switch
        {
            Vpc v => [v.Id],
            Subnet s => [s.Vpc],
            RouteTable t => [t.Vpc],
            InternetGateway g => g.Vpc is { } vpc ? [vpc] : [],
            NatGateway n => SubnetVpc(n.Subnet) is { } vpc ? [vpc] : [],
            VpcEndpoint e => [e.Vpc],
            VpcPeeringConnection p => [p.RequesterVpc, p.AccepterVpc],
            SecurityGroup g => [g.Vpc],
            NetworkAcl a => [a.Vpc],
            NetworkInterface i => SubnetVpc(i.Subnet) is { } vpc ? [vpc] : [],
            RedshiftCluster c => c.Subnets.Select(SubnetVpc).OfType<VpcId>().Distinct(),
            _ => [],
        };
    }
}
