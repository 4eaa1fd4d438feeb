using PathSim.Addressing;
using PathSim.Topology;

namespace PathSim.Network;

/// <summary>
/// VPC peering rules (G3): only an active connection carries traffic; the destination must lie in the
/// peer VPC's CIDRs, which also rules out transit and edge-to-edge routing (a peer's IGW, NAT gateway
/// or endpoint is never reached through the connection).
/// </summary>
public static class VpcPeeringRules
{
    public static bool AcceptsDestination(NetworkModel model, VpcId peerVpc, Ipv4Address destination) =>
        model.VpcContains(peerVpc, destination);
}
