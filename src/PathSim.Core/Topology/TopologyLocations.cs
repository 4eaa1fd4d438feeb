using PathSim.Collections;
using PathSim.Diagnostics;

namespace PathSim.Topology;

/// <summary>
/// Source locations are evidence for reports, not part of what a topology means. <see cref="Strip"/>
/// removes them (and <see cref="NetworkTopology.Source"/>) so two topologies read from different
/// files, or written and read back, compare by content.
/// </summary>
public static class TopologyLocations
{
    public static NetworkTopology Strip(NetworkTopology topology) => topology with
    {
        Source = "",
        Vpcs = Map(topology.Vpcs, v => v with { Location = SourceLocation.None }),
        Subnets = Map(topology.Subnets, s => s with { Location = SourceLocation.None }),
        RouteTables = Map(topology.RouteTables, t => t with
        {
            Location = SourceLocation.None,
            Routes = Map(t.Routes, r => r with { Location = SourceLocation.None }),
        }),
        InternetGateways = Map(topology.InternetGateways, g => g with { Location = SourceLocation.None }),
        NatGateways = Map(topology.NatGateways, n => n with { Location = SourceLocation.None }),
        VpcEndpoints = Map(topology.VpcEndpoints, e => e with { Location = SourceLocation.None, Policy = Strip(e.Policy) }),
        VpcPeeringConnections = Map(topology.VpcPeeringConnections, p => p with { Location = SourceLocation.None }),
        PrefixLists = Map(topology.PrefixLists, p => p with { Location = SourceLocation.None }),
        SecurityGroups = Map(topology.SecurityGroups, g => g with
        {
            Location = SourceLocation.None,
            Ingress = Map(g.Ingress, r => r with { Location = SourceLocation.None }),
            Egress = Map(g.Egress, r => r with { Location = SourceLocation.None }),
        }),
        NetworkAcls = Map(topology.NetworkAcls, a => a with
        {
            Location = SourceLocation.None,
            Ingress = Map(a.Ingress, e => e with { Location = SourceLocation.None }),
            Egress = Map(a.Egress, e => e with { Location = SourceLocation.None }),
        }),
        NetworkInterfaces = Map(topology.NetworkInterfaces, n => n with { Location = SourceLocation.None }),
        RedshiftClusters = Map(topology.RedshiftClusters, c => c with
        {
            Location = SourceLocation.None,
            Buckets = Map(c.Buckets, b => b with { Location = SourceLocation.None }),
        }),
        S3Buckets = Map(topology.S3Buckets, b => b with { Location = SourceLocation.None, Policy = Strip(b.Policy) }),
    };

    private static PolicyText? Strip(PolicyText? policy) => policy is null ? null : policy with { Location = SourceLocation.None };

    private static ValueArray<T> Map<T>(ValueArray<T> items, Func<T, T> strip) => items.Select(strip).ToValueArray();
}
