using System.Collections.Immutable;
using PathSim.Topology;

namespace PathSim.Network.Compilation;

/// <summary>
/// A cluster may run in any subnet of its subnet group (RS8), so it gets one node interface per subnet:
/// the declared one there, else a synthesized one carrying the cluster's security groups. A publicly
/// accessible cluster's interfaces carry its Elastic IP (RS2) unless a declared interface has its own.
/// </summary>
internal static class RedshiftClusterCompilation
{
    public static ImmutableArray<CompiledInterface> PlaceNodes(
        RedshiftCluster cluster,
        IReadOnlyDictionary<NetworkInterfaceId, CompiledInterface> declared,
        Func<SubnetId, Subnet?> findSubnet,
        PrivateAddressAllocator allocator)
    {
        var owner = new ComponentRef(ComponentKind.RedshiftCluster, cluster.Id.Value);
        var groups = cluster.SecurityGroups.AsImmutableArray();
        var publicIp = cluster.PubliclyAccessible ? cluster.ElasticIp : null;
        return PlacedInterfaces.Place(owner, cluster.Subnets, cluster.NetworkInterfaces, declared, findSubnet, allocator,
            nic => nic with
            {
                Kind = NetworkInterfaceKind.RedshiftCluster,
                SecurityGroups = nic.SecurityGroups.IsEmpty ? groups : nic.SecurityGroups,
                PublicIp = nic.PublicIp ?? publicIp,
            },
            nic => nic with { Kind = NetworkInterfaceKind.RedshiftCluster, SecurityGroups = groups, PublicIp = publicIp, Location = cluster.Location });
    }
}
