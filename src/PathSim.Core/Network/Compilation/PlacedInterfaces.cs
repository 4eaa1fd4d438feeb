using System.Collections.Immutable;
using PathSim.Topology;

namespace PathSim.Network.Compilation;

/// <summary>
/// One interface per subnet for an owner that spans subnets (interface endpoints E1, cluster subnet
/// groups RS8): the declared interface in that subnet when the owner lists one, else a synthesized one.
/// </summary>
internal static class PlacedInterfaces
{
    public static ImmutableArray<CompiledInterface> Place(
        ComponentRef owner,
        IEnumerable<SubnetId> subnets,
        IEnumerable<NetworkInterfaceId> declaredIds,
        IReadOnlyDictionary<NetworkInterfaceId, CompiledInterface> declared,
        Func<SubnetId, Subnet?> findSubnet,
        PrivateAddressAllocator allocator,
        Func<CompiledInterface, CompiledInterface> adjustDeclared,
        Func<CompiledInterface, CompiledInterface> completeSynthesized)
    {
        var declaredBySubnet = declaredIds.Select(id => declared.GetValueOrDefault(id)).OfType<CompiledInterface>()
            .GroupBy(i => i.Subnet).ToDictionary(g => g.Key, g => g.First());
        var result = ImmutableArray.CreateBuilder<CompiledInterface>();
        foreach (var subnetId in subnets.Distinct())
        {
            if (declaredBySubnet.TryGetValue(subnetId, out var nic))
            {
                result.Add(adjustDeclared(nic with { Owner = owner }));
                continue;
            }
            if (findSubnet(subnetId) is not { } subnet || allocator.Allocate(subnet) is not { } address) continue;
            result.Add(completeSynthesized(new CompiledInterface
            {
                Id = NetworkInterfaceCompilation.SynthesizedId(owner.Id, subnetId), Subnet = subnetId, Vpc = subnet.Vpc,
                PrivateIp = address, Kind = NetworkInterfaceKind.Other, Owner = owner, IsSynthesized = true,
            }));
        }
        return result.ToImmutable();
    }
}
