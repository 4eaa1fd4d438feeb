using PathSim.Collections;
using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>
/// Reads and rewrites a <see cref="NetworkTopology"/> one resource at a time, whatever its kind.
/// Rewrites keep every other record (and so their reference identity) as it was, which is what
/// lets incremental re-analysis find what changed by comparing records.
/// </summary>
public static class TopologyResources
{
    /// <summary>Every resource of the topology, kind by kind in <see cref="ResourceKind"/> order.</summary>
    public static IEnumerable<TopologyResource> Enumerate(NetworkTopology topology) =>
        ResourceKindNames.All.SelectMany(kind => OfKind(topology, kind));

    public static IEnumerable<TopologyResource> OfKind(NetworkTopology topology, ResourceKind kind) => kind switch
    {
        ResourceKind.Vpc => topology.Vpcs.Select(TopologyResource.Of),
        ResourceKind.Subnet => topology.Subnets.Select(TopologyResource.Of),
        ResourceKind.RouteTable => topology.RouteTables.Select(TopologyResource.Of),
        ResourceKind.InternetGateway => topology.InternetGateways.Select(TopologyResource.Of),
        ResourceKind.NatGateway => topology.NatGateways.Select(TopologyResource.Of),
        ResourceKind.VpcEndpoint => topology.VpcEndpoints.Select(TopologyResource.Of),
        ResourceKind.VpcPeeringConnection => topology.VpcPeeringConnections.Select(TopologyResource.Of),
        ResourceKind.PrefixList => topology.PrefixLists.Select(TopologyResource.Of),
        ResourceKind.SecurityGroup => topology.SecurityGroups.Select(TopologyResource.Of),
        ResourceKind.NetworkAcl => topology.NetworkAcls.Select(TopologyResource.Of),
        ResourceKind.NetworkInterface => topology.NetworkInterfaces.Select(TopologyResource.Of),
        ResourceKind.RedshiftCluster => topology.RedshiftClusters.Select(TopologyResource.Of),
        ResourceKind.S3Bucket => topology.S3Buckets.Select(TopologyResource.Of),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static TopologyResource? Find(NetworkTopology topology, ResourceKey key) =>
        OfKind(topology, key.Kind).FirstOrDefault(r => r.Id == key.Id);

    /// <summary>The kinds that have a resource with this id (usually none or one).</summary>
    public static IReadOnlyList<ResourceKind> KindsWithId(NetworkTopology topology, string id) =>
        [.. ResourceKindNames.All.Where(kind => OfKind(topology, kind).Any(r => r.Id == id))];

    /// <summary>Appends the resource; the caller has checked that its id is new.</summary>
    public static NetworkTopology Add(NetworkTopology topology, TopologyResource resource) =>
        Rewrite(topology, resource.Kind, items => [.. items, resource]);

    /// <summary>Puts the resource in place of the one with the same kind and id, keeping its position.</summary>
    public static NetworkTopology Replace(NetworkTopology topology, TopologyResource resource) =>
        Rewrite(topology, resource.Kind, items => [.. items.Select(r => r.Id == resource.Id ? resource : r)]);

    public static NetworkTopology Remove(NetworkTopology topology, ResourceKey key) =>
        Rewrite(topology, key.Kind, items => [.. items.Where(r => r.Id != key.Id)]);

    /// <summary>Rewrites one resource through <paramref name="change"/>; the record type must match the kind.</summary>
    public static NetworkTopology Update<T>(NetworkTopology topology, ResourceKey key, Func<T, T> change) where T : class =>
        Rewrite(topology, key.Kind, items => [.. items.Select(r => r.Id == key.Id ? Wrap(change((T)r.Value)) : r)]);

    private static NetworkTopology Rewrite(NetworkTopology topology, ResourceKind kind, Func<List<TopologyResource>, List<TopologyResource>> change)
    {
        var items = change([.. OfKind(topology, kind)]);
        return kind switch
        {
            ResourceKind.Vpc => topology with { Vpcs = Values<Vpc>(items) },
            ResourceKind.Subnet => topology with { Subnets = Values<Subnet>(items) },
            ResourceKind.RouteTable => topology with { RouteTables = Values<RouteTable>(items) },
            ResourceKind.InternetGateway => topology with { InternetGateways = Values<InternetGateway>(items) },
            ResourceKind.NatGateway => topology with { NatGateways = Values<NatGateway>(items) },
            ResourceKind.VpcEndpoint => topology with { VpcEndpoints = Values<VpcEndpoint>(items) },
            ResourceKind.VpcPeeringConnection => topology with { VpcPeeringConnections = Values<VpcPeeringConnection>(items) },
            ResourceKind.PrefixList => topology with { PrefixLists = Values<PrefixList>(items) },
            ResourceKind.SecurityGroup => topology with { SecurityGroups = Values<SecurityGroup>(items) },
            ResourceKind.NetworkAcl => topology with { NetworkAcls = Values<NetworkAcl>(items) },
            ResourceKind.NetworkInterface => topology with { NetworkInterfaces = Values<NetworkInterface>(items) },
            ResourceKind.RedshiftCluster => topology with { RedshiftClusters = Values<RedshiftCluster>(items) },
            ResourceKind.S3Bucket => topology with { S3Buckets = Values<S3Bucket>(items) },
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static ValueArray<T> Values<T>(List<TopologyResource> items) => items.Select(r => (T)r.Value).ToValueArray();

    /// <summary>Wraps a record of any kind; throws for a type that is not a topology resource (a bug, not input).</summary>
    public static TopologyResource Wrap(object value) => value switch
    {
        Vpc v => TopologyResource.Of(v),
        Subnet v => TopologyResource.Of(v),
        RouteTable v => TopologyResource.Of(v),
        InternetGateway v => TopologyResource.Of(v),
        NatGateway v => TopologyResource.Of(v),
        VpcEndpoint v => TopologyResource.Of(v),
        VpcPeeringConnection v => TopologyResource.Of(v),
        PrefixList v => TopologyResource.Of(v),
        SecurityGroup v => TopologyResource.Of(v),
        NetworkAcl v => TopologyResource.Of(v),
        NetworkInterface v => TopologyResource.Of(v),
        RedshiftCluster v => TopologyResource.Of(v),
        S3Bucket v => TopologyResource.Of(v),
        _ => throw new ArgumentException($"{value.GetType().Name} is not a topology resource", nameof(value)),
    };
}
