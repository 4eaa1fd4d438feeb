using PathSim.Addressing;
using PathSim.Topology;

namespace PathSim.Network;

/// <summary>
/// Internet gateway rules (G1): it carries traffic only for the VPC it is attached to, only from a
/// sender with a public IPv4 / Elastic IP (or traffic a public NAT gateway translated), and maps
/// private ↔ public 1:1. The internet routes only public destinations.
/// </summary>
public static class InternetGatewayRules
{
    private static readonly Ipv4PrefixSet NotPublic = Ipv4PrefixSet.Create(
        new[] { "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
                "192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4" }.Select(Ipv4Prefix.Parse));

    public static bool IsAttachedTo(InternetGateway gateway, VpcId vpc) => gateway.Vpc == vpc;

    /// <summary>False for RFC 1918, shared (100.64/10), loopback, link-local, benchmarking, multicast and reserved addresses.</summary>
    public static bool IsPubliclyRoutable(Ipv4Address address) => !NotPublic.Contains(address);

    /// <summary>The addresses <see cref="IsPubliclyRoutable"/> rejects, as one set (the symbolic engine encodes it once).</summary>
    public static Ipv4PrefixSet NotPubliclyRoutable => NotPublic;

    /// <summary>Outbound: the private source becomes its public address.</summary>
    public static PacketHeader TranslateEgress(PacketHeader packet, Ipv4Address publicSource) => packet with { Source = publicSource };

    /// <summary>Inbound (a reply): the public destination becomes the private address it maps to.</summary>
    public static PacketHeader TranslateIngress(PacketHeader packet, Ipv4Address privateDestination) => packet with { Destination = privateDestination };
}
