using PathSim.Topology;

namespace PathSim.Generation;

/// <summary>One generated peering: VPC indexes of both sides and whether it was accepted.</summary>
internal readonly record struct PeeringLink(VpcPeeringConnectionId Id, int Requester, int Accepter, bool IsActive)
{
    public int PeerOf(int vpc) => vpc == Requester ? Accepter : Requester;
}
