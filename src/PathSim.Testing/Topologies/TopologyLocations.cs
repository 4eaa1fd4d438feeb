using PathSim.Collections;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Testing.Topologies;

/// <summary>
/// Compares topologies by what they say, not where it was written: two readers (YAML and snapshot, snapshot
/// and live EC2) or a round trip through export give equal models once locations and the source are stripped.
/// </summary>
public static class TopologyLocations
{
    public static NetworkTopology Strip(NetworkTopology topology) => topology with
    {
        Source = "",
        Vpcs = Map(topology.Vpcs, v => v with { Location = default }),
        Subnets = Map(topology.Subnets, s => s with { Location = default }),
        RouteTables = Map(topology.RouteTables, t => t with { Location = default, Routes = Map(t.Routes, r => r with { Location = default }) }),
        InternetGateways = Map(topology.InternetGateways, g => g with { Location = default }),
        NatGateways = Map(topology.NatGateways, n => n with { Location = default }),
        VpcEndpoints = Map(topology.VpcEndpoints, e => e with { Location = default, Policy = Strip(e.Policy) }),
        VpcPeeringConnections = Map(topology.VpcPeeringConnections, p => p with { Location = default }),
        PrefixLists = Map(topology.PrefixLists, p => p with { Location = default }),
        SecurityGroups = Map(topology.SecurityGroups, g => g with
        {
            Location = default,
            Ingress = Map(g.Ingress, r => r with { Location = default }),
            Egress = Map(g.Egress, r => r with { Location = default }),
        }),
        NetworkAcls = Map(topology.NetworkAcls, a => a with
        {
            Location = default,
            Ingress = Map(a.Ingress, e => e with { Location = default }),
            Egress = Map(a.Egress, e => e with { Location = default }),
        }),
        NetworkInterfaces = Map(topology.NetworkInterfaces, i => i with { Location = default }),
        RedshiftClusters = Map(topology.RedshiftClusters, c => c with { Location = default, Buckets = Map(c.Buckets, b => b with { Location = default }) }),
        S3Buckets = Map(topology.S3Buckets, b => b with { Location = default, Policy = Strip(b.Policy) }),
    };

    private static PolicyText? Strip(PolicyText? policy) => policy is null ? null : policy with { Location = default };

    private static ValueArray<T> Map<T>(ValueArray<T> items, Func<T, T> strip) => items.Select(strip).ToValueArray();
}
