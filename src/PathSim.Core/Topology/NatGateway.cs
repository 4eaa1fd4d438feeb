using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;

namespace PathSim.Topology;

public sealed record NatGateway
{
    public required NatGatewayId Id { get; init; }
    public required SubnetId Subnet { get; init; }
    public NatGatewayConnectivity Connectivity { get; init; } = NatGatewayConnectivity.Public;

    /// <summary>Its private address in its subnet; when null the network model picks a stable one.</summary>
    public Ipv4Address? PrivateIp { get; init; }

    /// <summary>Its own network interface's id when known (a snapshot's NatGatewayAddresses); when null the model names it <c>eni-NAT-SUBNET</c>.</summary>
    public NetworkInterfaceId? NetworkInterface { get; init; }

    /// <summary>Its Elastic IP; a public NAT gateway without one cannot reach the internet (G2).</summary>
    public Ipv4Address? PublicIp { get; init; }

    /// <summary>False for states other than available (pending, failed, deleting, deleted).</summary>
    public bool IsAvailable { get; init; } = true;
    public SourceLocation Location { get; init; }
}
