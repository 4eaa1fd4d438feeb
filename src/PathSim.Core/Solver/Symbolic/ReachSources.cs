using System.Collections.Immutable;
using PathSim.Addressing;
using PathSim.Network;
using PathSim.Topology;

namespace PathSim.Solver.Symbolic;

/// <summary>
/// Resolves a <c>reach --from</c> SOURCE to the interfaces that send: a network interface, an instance
/// (its interfaces), a NAT gateway (its interface), a private IP, a subnet (every interface in it) or a
/// Redshift cluster (its node interface in each subnet of its subnet group, RS8).
/// </summary>
public static class ReachSources
{
    public static ImmutableArray<CompiledInterface> Resolve(NetworkModel model, string text, out string? error)
    {
        error = null;
        text = text.Trim();
        if (model.FindInterface(new NetworkInterfaceId(text)) is { } nic) return [nic];
        if (model.FindNatGateway(new NatGatewayId(text)) is { } nat) return [nat.Interface];
        if (model.InterfacesOf(new InstanceId(text)) is { IsEmpty: false } instance) return instance;
        if (model.InterfacesOf(new RedshiftClusterId(text)) is { IsEmpty: false } nodes) return nodes;
        if (model.FindSubnet(new SubnetId(text)) is { } subnet)
        {
            var inSubnet = model.Interfaces.Where(i => i.Subnet == subnet.Id).ToImmutableArray();
            if (inSubnet.IsEmpty) error = $"subnet {subnet.Id} has no network interface to send from";
            return inSubnet;
        }
        if (Ipv4Address.TryParse(text, out var address))
        {
            var matches = model.InterfacesWithPrivateIp(address).ToImmutableArray();
            if (matches.IsEmpty) error = $"no network interface has the private IP {address}";
            return matches;
        }
        error = $"'{text}' is not a network interface, instance, NAT gateway, private IP, subnet or Redshift cluster of this topology";
        return [];
    }
}
