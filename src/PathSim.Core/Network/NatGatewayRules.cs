using PathSim.Addressing;
using PathSim.Topology;

namespace PathSim.Network;

/// <summary>
/// NAT gateway rules (G2): available, serves clients outside its own subnet in its own VPC, carries TCP,
/// UDP and ICMP only, rewrites the source to its private IP and a source port in 1024–65535, and has no
/// security group. Whether it reaches the internet (its subnet's route to an attached IGW, an Elastic
/// IP, public connectivity) is decided where the packet meets the IGW.
/// </summary>
public static class NatGatewayRules
{
    public static bool CarriesProtocol(IpProtocol protocol) =>
        protocol == IpProtocol.Tcp || protocol == IpProtocol.Udp || protocol == IpProtocol.Icmp;

    /// <summary>It does not serve clients in its own subnet (G2).</summary>
    public static bool ServesClientIn(CompiledNatGateway nat, SubnetId clientSubnet) => nat.Subnet != clientSubnet;

    /// <summary>
    /// The source port the NAT gateway uses: the client's port when it already lies in 1024–65535, else
    /// 1024 (assumption: AWS picks any free port of that range; replies are checked over all of it, F3).
    /// </summary>
    public static int SourcePortFor(IpProtocol protocol, int clientPort) =>
        !protocol.HasPorts ? 0 : PortRange.NatGatewayEphemeral.Contains(clientPort) ? clientPort : PortRange.NatGatewayEphemeral.From;

    public static PacketHeader TranslateSource(CompiledNatGateway nat, PacketHeader packet) =>
        packet with { Source = nat.PrivateIp, SourcePort = SourcePortFor(packet.Protocol, packet.SourcePort) };

    /// <summary>The reply: destination back to the client's address and port.</summary>
    public static PacketHeader TranslateReply(PacketHeader reply, Ipv4Address client, int clientPort) =>
        reply with { Destination = client, DestinationPort = clientPort };
}
