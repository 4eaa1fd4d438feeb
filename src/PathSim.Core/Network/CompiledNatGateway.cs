using PathSim.Addressing;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Network;

/// <summary>A NAT gateway with its interface (declared private IP, or a synthesized one).</summary>
public sealed record CompiledNatGateway
{
    public required NatGatewayId Id { get; init; }
    public required SubnetId Subnet { get; init; }
    public required VpcId Vpc { get; init; }
    public required NatGatewayConnectivity Connectivity { get; init; }
    public required bool IsAvailable { get; init; }
    public required CompiledInterface Interface { get; init; }
    public Ipv4Address PrivateIp => Interface.PrivateIp;

    /// <summary>The Elastic IP; a public NAT gateway without one cannot reach the internet (G2).</summary>
    public Ipv4Address? ElasticIp { get; init; }
    public SourceLocation Location { get; init; }

    public override string ToString() => Id.Value;
}
