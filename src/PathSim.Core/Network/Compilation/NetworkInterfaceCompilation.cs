using PathSim.Topology;

namespace PathSim.Network.Compilation;

/// <summary>Declared interfaces as the model sees them; their addresses are reserved before any interface is synthesized.</summary>
internal static class NetworkInterfaceCompilation
{
    public static CompiledInterface? Compile(NetworkInterface declared, Func<SubnetId, Subnet?> findSubnet, PrivateAddressAllocator allocator)
    {
        if (findSubnet(declared.Subnet) is not { } subnet) return null;
        allocator.Reserve(subnet.Id, declared.PrivateIp);
        return new CompiledInterface
        {
            Id = declared.Id, Subnet = subnet.Id, Vpc = subnet.Vpc, PrivateIp = declared.PrivateIp, PublicIp = declared.PublicIp,
            SecurityGroups = declared.SecurityGroups.AsImmutableArray(), Kind = declared.Kind, Instance = declared.Instance,
            Location = declared.Location,
        };
    }

    /// <summary>The deterministic id of an interface the model places for <paramref name="owner"/> in <paramref name="subnet"/>.</summary>
    public static NetworkInterfaceId SynthesizedId(string owner, SubnetId subnet) => new($"eni-{owner}-{subnet}");
}
