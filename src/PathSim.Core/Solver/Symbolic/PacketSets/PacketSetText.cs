using System.Globalization;
using PathSim.Addressing;

namespace PathSim.Solver.Symbolic.PacketSets;

/// <summary>
/// A packet set in the words a network engineer reads: one line per kind of traffic with the destinations
/// it goes to, <c>tcp:443 -> 3.5.0.0/19, 52.216.0.0/15</c>, <c>all traffic -> 10.1.1.0-10.1.1.97</c>,
/// <c>all traffic except tcp:443 -> 0.0.0.0/0</c>. The boxes of <see cref="PacketSet.ToBoxes"/> split
/// the protocol range around TCP and UDP (whose ports are free while other protocols carry port 0); this
/// joins them back, and says "except …" when the complement is shorter.
/// </summary>
public static class PacketSetText
{
    /// <param name="set">The packets.</param>
    /// <param name="knownSource">The source every line may leave unsaid (the report's heading names it).</param>
    public static IReadOnlyList<TrafficLine> Lines(PacketSet set, Ipv4Address? knownSource = null)
    {
        var space = set.Space;
        var wellFormedTraffic = space.Forget(space.Forget(space.WellFormed, PacketField.Destination), PacketField.Source);
        // One line per kind of traffic (in order of first appearance) with every destination it goes to.
        var lines = new List<(string Prefix, List<Ipv4Range> Destinations)>();
        var byPrefix = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in set.ToBoxes().GroupBy(b => (b.Source, b.Destination)))
        {
            var traffic = space.Empty;
            foreach (var box in group)
                traffic |= space.FieldRange(PacketField.Protocol, (uint)box.ProtocolFrom, (uint)box.ProtocolTo)
                    & space.DestinationPorts(box.DestinationPorts) & space.SourcePorts(box.SourcePorts);
            var source = group.Key.Source;
            var from = knownSource is { } known && source.First == known && source.Last == known ? "" : $"from {PacketBox.Format(source)} ";
            var prefix = from + Traffic(traffic, wellFormedTraffic);
            if (byPrefix.TryGetValue(prefix, out int line)) lines[line].Destinations.Add(group.Key.Destination);
            else
            {
                byPrefix[prefix] = lines.Count;
                lines.Add((prefix, [group.Key.Destination]));
            }
        }
        return [.. lines.Select(l => new TrafficLine(l.Prefix, Ipv4PrefixSet.FromRanges(l.Destinations).Ranges))];
    }

    /// <summary>The protocol and port part of a set whose addresses are unconstrained: <c>all traffic</c>, <c>tcp:443, icmp</c>, <c>all traffic except udp</c>.</summary>
    private static string Traffic(PacketSet traffic, PacketSet wellFormedTraffic)
    {
        if (traffic == wellFormedTraffic) return "all traffic";
        var included = traffic.ToBoxes();
        var excluded = (wellFormedTraffic - traffic).ToBoxes();
        return excluded.Count < included.Count ? "all traffic except " + Pieces(excluded) : Pieces(included);
    }

    /// <summary>The pieces joined; one protocol's port ranges together (<c>tcp:0-21,23-65535</c>).</summary>
    private static string Pieces(IReadOnlyList<PacketBox> boxes) =>
        string.Join(", ", boxes
            .GroupBy(b => (b.ProtocolFrom, b.ProtocolTo, b.SourcePorts))
            .Select(g => g.Count() == 1 || g.Any(b => b.DestinationPorts.IsAll)
                ? string.Join(", ", g.Select(Piece))
                : Piece(g.First()).Replace(":" + g.First().DestinationPorts, ":" + string.Join(",", g.Select(b => b.DestinationPorts)), StringComparison.Ordinal)));

    /// <summary><c>tcp:443</c>, <c>udp</c>, <c>tcp:1024-65535 from ports 32768-60999</c>, <c>icmp</c>, <c>protocol 50</c>, <c>protocols 7-16</c>.</summary>
    private static string Piece(PacketBox box)
    {
        if (box.ProtocolFrom != box.ProtocolTo)
            return box.ProtocolFrom == 0 && box.ProtocolTo == 255 ? "all protocols" : string.Create(CultureInfo.InvariantCulture, $"protocols {box.ProtocolFrom}-{box.ProtocolTo}");
        var protocol = IpProtocol.FromNumber(box.ProtocolFrom);
        if (!protocol.HasPorts) return box.ProtocolFrom == 1 ? "icmp" : string.Create(CultureInfo.InvariantCulture, $"protocol {box.ProtocolFrom}");
        var text = protocol.ToString();
        if (!box.DestinationPorts.IsAll) text += ":" + box.DestinationPorts;
        if (!box.SourcePorts.IsAll) text += " from ports " + box.SourcePorts;
        return text;
    }
}
