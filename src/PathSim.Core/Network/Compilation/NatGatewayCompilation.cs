using PathSim.Topology;

namespace PathSim.Network.Compilation;

/// <summary>
/// A NAT gateway gets an interface in its subnet: its declared private IP, else a synthesized one. It has
/// no security group (G2); its public IP is its Elastic IP.
/// </summary>
internal static class NatGatewayCompilation
{
    public static CompiledNatGateway? Compile(NatGateway nat, Func<SubnetId, Subnet?> findSubnet, PrivateAddressAllocator allocator)
    {
        if (findSubnet(nat.Subnet) is not { } subnet) return null;
        var address = nat.PrivateIp ?? allocator.Allocate(subnet);
        if (address is null) return null;
        var owner = new ComponentRef(ComponentKind.NatGateway, nat.Id.Value);
        var nic = new CompiledInterface
        {
            // The real interface id when the input gives it, so flow-log ids work as --from (newuser-trial-3 #15).
            Id = nat.NetworkInterface ?? NetworkInterfaceCompilation.SynthesizedId(nat.Id.Value, subnet.Id), Subnet = subnet.Id, Vpc = subnet.Vpc,
            PrivateIp = address.Value, PublicIp = nat.Connectivity == NatGatewayConnectivity.Public ? nat.PublicIp : null,
            SecurityGroups = [], Kind = NetworkInterfaceKind.NatGateway, Owner = owner, IsSynthesized = nat.NetworkInterface is null, Location = nat.Location,
        };
        return new CompiledNatGateway
        {
            Id = nat.Id, Subnet = subnet.Id, Vpc = subnet.Vpc, Connectivity = nat.Connectivity, IsAvailable = nat.IsAvailable,
            Interface = nic, ElasticIp = nat.Connectivity == NatGatewayConnectivity.Public ? nat.PublicIp : null, Location = nat.Location,
        };
    }

    /// <summary>Reserves declared NAT private IPs before anything is synthesized.</summary>
    public static void Reserve(NatGateway nat, PrivateAddressAllocator allocator)
    {
        if (nat.PrivateIp is { } ip) allocator.Reserve(nat.Subnet, ip);
    }
}
