using System.Collections.Immutable;
using PathSim.Addressing;
using PathSim.Topology;

namespace PathSim.Network;

/// <summary>
/// Network ACL semantics (F2): stateless, rules by number lowest first, first match wins, implicit final
/// deny. An entry matches on protocol, the destination port (TCP/UDP, in both directions: NACL port
/// ranges always name the destination port) and the peer CIDR (source on ingress, destination on egress).
/// Whether an ACL applies at all (only when crossing a subnet boundary) is the caller's decision.
/// </summary>
public static class NetworkAclEvaluator
{
    public static bool MatchesIgnoringPorts(NetworkAclEntry entry, TrafficDirection direction, PacketHeader packet) =>
        entry.Protocol.Matches(packet.Protocol)
        && entry.Cidr.Contains(direction == TrafficDirection.Ingress ? packet.Source : packet.Destination);

    public static bool Matches(NetworkAclEntry entry, TrafficDirection direction, PacketHeader packet) =>
        MatchesIgnoringPorts(entry, direction, packet) && PortsMatch(entry, packet.Protocol, packet.DestinationPort);

    public static NetworkAclDecision Evaluate(CompiledNetworkAcl acl, TrafficDirection direction, PacketHeader packet)
    {
        foreach (var entry in acl.Entries(direction))
            if (Matches(entry, direction, packet))
                return new NetworkAclDecision(acl.Id, direction, entry.Action == NetworkAclAction.Allow, entry);
        return new NetworkAclDecision(acl.Id, direction, false, null);
    }

    /// <summary>
    /// Evaluates the packet for every destination port in <paramref name="destinationPorts"/> at once
    /// (the header's own destination port is ignored). For protocols without ports the range is
    /// irrelevant and the single-packet decision is returned for all of it.
    /// </summary>
    public static NetworkAclPortsDecision EvaluatePorts(
        CompiledNetworkAcl acl, TrafficDirection direction, PacketHeader packet, PortRange destinationPorts)
    {
        if (!packet.Protocol.HasPorts)
        {
            var single = Evaluate(acl, direction, packet);
            return new NetworkAclPortsDecision(acl.Id, direction, destinationPorts,
                single.Allowed ? [destinationPorts] : [], [single]);
        }
        var remaining = new List<PortRange> { destinationPorts };
        var allowed = new List<PortRange>();
        var decisions = ImmutableArray.CreateBuilder<NetworkAclDecision>();
        foreach (var entry in acl.Entries(direction))
        {
            if (remaining.Count == 0) break;
            if (!MatchesIgnoringPorts(entry, direction, packet)) continue;
            var rulePorts = entry.Protocol.HasPorts ? entry.Ports : PortRange.All;
            var hit = remaining.Where(r => r.Overlaps(rulePorts)).Select(r => Intersect(r, rulePorts)).ToList();
            if (hit.Count == 0) continue;
            decisions.Add(new NetworkAclDecision(acl.Id, direction, entry.Action == NetworkAclAction.Allow, entry));
            if (entry.Action == NetworkAclAction.Allow) allowed.AddRange(hit);
            remaining = [.. remaining.SelectMany(r => Subtract(r, rulePorts))];
        }
        if (remaining.Count > 0) decisions.Add(new NetworkAclDecision(acl.Id, direction, false, null));
        return new NetworkAclPortsDecision(acl.Id, direction, destinationPorts, [.. allowed.Order()], decisions.ToImmutable());
    }

    private static bool PortsMatch(NetworkAclEntry entry, IpProtocol protocol, int destinationPort) =>
        !protocol.HasPorts || !entry.Protocol.HasPorts || entry.Ports.Contains(destinationPort);

    private static PortRange Intersect(PortRange a, PortRange b) => new(Math.Max(a.From, b.From), Math.Min(a.To, b.To));

    private static IEnumerable<PortRange> Subtract(PortRange range, PortRange cut)
    {
        if (!range.Overlaps(cut)) { yield return range; yield break; }
        if (range.From < cut.From) yield return new PortRange(range.From, cut.From - 1);
        if (range.To > cut.To) yield return new PortRange(cut.To + 1, range.To);
    }
}
