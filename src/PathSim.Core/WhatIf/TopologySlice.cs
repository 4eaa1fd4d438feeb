using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>
/// The part of a topology that some clusters' flows can see (<see cref="ChangeImpact"/>): every
/// resource of their own VPCs, the peerings of those VPCs with the VPC records at the far end (G3: a
/// flow goes no further than a peer's CIDR), the security groups their rules reference wherever those
/// are (with their VPC records), and every prefix list and bucket. Analysing a cluster on its slice
/// gives what analysing it on the whole topology gives (the incremental property test checks this),
/// at the cost of its VPC instead of the organisation.
/// </summary>
public static class TopologySlice
{
    public static NetworkTopology For(NetworkTopology topology, IReadOnlySet<RedshiftClusterId> clusters)
    {
        var subnetVpcs = ChangeImpact.SubnetVpcs(topology);
        var vpcs = new HashSet<VpcId>();
        foreach (var cluster in topology.RedshiftClusters.Where(c => clusters.Contains(c.Id)))
            vpcs.UnionWith(ChangeImpact.OwnVpcs(cluster, subnetVpcs));

        var tables = topology.RouteTables.Where(t => vpcs.Contains(t.Vpc)).ToList();
        var targets = RouteTargets(tables);
        var subnets = topology.Subnets.Where(s => vpcs.Contains(s.Vpc)).ToList();
        var subnetIds = subnets.Select(s => s.Id).ToHashSet();
        var peerings = topology.VpcPeeringConnections
            .Where(p => vpcs.Contains(p.RequesterVpc) || vpcs.Contains(p.AccepterVpc) || targets.Contains(p.Id.Value)).ToList();
        // A route may name a gateway of another VPC (or none); the tracer then drops there with that
        // gateway's reason (G1, G2, E1), so the slice holds every route target, whichever VPC it is in.
        var internetGateways = topology.InternetGateways
            .Where(g => (g.Vpc is { } vpc && vpcs.Contains(vpc)) || targets.Contains(g.Id.Value)).ToList();
        var natGateways = topology.NatGateways.Where(n => subnetIds.Contains(n.Subnet) || targets.Contains(n.Id.Value)).ToList();
        var endpoints = topology.VpcEndpoints.Where(e => vpcs.Contains(e.Vpc) || targets.Contains(e.Id.Value)).ToList();
        // A foreign NAT gateway compiles only with its subnet record (its VPC comes from it).
        var natSubnets = natGateways.Select(n => n.Subnet).Where(id => !subnetIds.Contains(id)).ToHashSet();
        subnets.AddRange(topology.Subnets.Where(s => natSubnets.Contains(s.Id)));
        var groups = ReferencedGroups(topology, vpcs);
        var vpcRecords = vpcs
            .Concat(peerings.SelectMany(p => new[] { p.RequesterVpc, p.AccepterVpc }))
            .Concat(groups.Select(g => g.Vpc))
            .Concat(internetGateways.Select(g => g.Vpc).OfType<VpcId>())
            .Concat(subnets.Select(s => s.Vpc))
            .Concat(endpoints.Select(e => e.Vpc))
            .ToHashSet();

        return topology with
        {
            Vpcs = [.. topology.Vpcs.Where(v => vpcRecords.Contains(v.Id))],
            Subnets = [.. subnets],
            RouteTables = [.. tables],
            InternetGateways = [.. internetGateways],
            NatGateways = [.. natGateways],
            VpcEndpoints = [.. endpoints],
            VpcPeeringConnections = [.. peerings],
            SecurityGroups = [.. topology.SecurityGroups.Where(groups.Contains)],
            NetworkAcls = [.. topology.NetworkAcls.Where(a => vpcs.Contains(a.Vpc))],
            NetworkInterfaces = [.. topology.NetworkInterfaces.Where(i => subnetIds.Contains(i.Subnet))],
            RedshiftClusters = [.. topology.RedshiftClusters.Where(c => c.Subnets.All(subnetIds.Contains))],
        };
    }

    /// <summary>The ids every route of these tables names as its target.</summary>
    private static HashSet<string> RouteTargets(IEnumerable<RouteTable> tables) =>
        tables.SelectMany(t => t.Routes).Select(r => r.Target.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>The groups of these VPCs and every group their rules reference, transitively (F1: a group peer may sit across a peering).</summary>
    private static HashSet<SecurityGroup> ReferencedGroups(NetworkTopology topology, HashSet<VpcId> vpcs)
    {
        var byId = topology.SecurityGroups.GroupBy(g => g.Id).ToDictionary(g => g.Key, g => g.First());
        var result = new HashSet<SecurityGroup>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<SecurityGroup>(topology.SecurityGroups.Where(g => vpcs.Contains(g.Vpc)));
        while (queue.Count > 0)
        {
            var group = queue.Dequeue();
            if (!result.Add(group)) continue;
            foreach (var rule in group.Ingress.Concat(group.Egress))
                if (rule.Peer.Kind == RulePeerKind.SecurityGroup && byId.TryGetValue(new SecurityGroupId(rule.Peer.Id), out var referenced))
                    queue.Enqueue(referenced);
        }
        return result;
    }
}
