using PathSim.Addressing;

namespace PathSim.Network;

/// <summary>
/// Security group semantics (F1): allow-only, the union of all groups on the interface. A rule matches on
/// protocol, the destination port (TCP/UDP) and the peer (the packet's source on ingress, its
/// destination on egress). Statefulness (no check on the reply) is the caller's business.
/// </summary>
public static class SecurityGroupEvaluator
{
    public static bool Matches(CompiledSecurityGroupRule rule, PacketHeader packet) =>
        rule.Protocol.Matches(packet.Protocol)
        && (!packet.Protocol.HasPorts || !rule.Protocol.HasPorts || rule.Ports.Contains(packet.DestinationPort))
        && rule.PeerAddresses.Contains(rule.Direction == TrafficDirection.Ingress ? packet.Source : packet.Destination);

    public static SecurityGroupDecision Evaluate(
        IReadOnlyList<CompiledSecurityGroup> groups, TrafficDirection direction, PacketHeader packet)
    {
        foreach (var group in groups)
            foreach (var rule in group.Rules(direction))
                if (Matches(rule, packet))
                    return new SecurityGroupDecision(direction, [.. groups.Select(g => g.Id)], rule);
        return new SecurityGroupDecision(direction, [.. groups.Select(g => g.Id)], null);
    }
}
