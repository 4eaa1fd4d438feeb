using PathSim.Addressing;

namespace PathSim.Network;

/// <summary>
/// Endpoint rules: a gateway endpoint carries TCP (and ICMP echo; ICMP types are not modelled, so all
/// ICMP) to its own region's service prefixes only (R6); an interface endpoint's interfaces accept TCP
/// only, through their security groups (E1).
/// </summary>
public static class VpcEndpointRules
{
    public static bool GatewayCarriesProtocol(IpProtocol protocol) => protocol == IpProtocol.Tcp || protocol == IpProtocol.Icmp;

    public static bool GatewayServes(CompiledVpcEndpoint endpoint, Ipv4Address destination) => endpoint.ServiceAddresses.Contains(destination);

    public static bool InterfaceCarriesProtocol(IpProtocol protocol) => protocol == IpProtocol.Tcp;

    /// <summary>E1: an AWS service's interface endpoint answers HTTPS on TCP 443 only (endpoint services of other owners: any port).</summary>
    public const int InterfaceServicePort = 443;
}
