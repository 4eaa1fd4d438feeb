using System.Globalization;
using PathSim.Addressing;

namespace PathSim.Solver.Symbolic.PacketSets;

/// <summary>
/// One product of field intervals: every packet whose destination, source, protocol number and ports
/// lie in the given ranges. A <see cref="PacketSet"/> decodes to a list of disjoint boxes.
/// </summary>
public readonly record struct PacketBox(
    Ipv4Range Destination,
    Ipv4Range Source,
    int ProtocolFrom,
    int ProtocolTo,
    PortRange DestinationPorts,
    PortRange SourcePorts)
{
    public bool Contains(PacketHeader packet) =>
        Destination.Contains(packet.Destination) && Source.Contains(packet.Source)
        && packet.Protocol.Number >= ProtocolFrom && packet.Protocol.Number <= ProtocolTo
        && DestinationPorts.Contains(packet.DestinationPort) && SourcePorts.Contains(packet.SourcePort);

    /// <summary>The protocol interval as text: <c>all</c>, a name (<c>tcp</c>) or numbers (<c>7-16</c>).</summary>
    public string ProtocolText => (ProtocolFrom, ProtocolTo) switch
    {
        (0, 255) => "all",
        var (a, b) when a == b => IpProtocol.FromNumber(a).ToString(),
        var (a, b) => string.Create(CultureInfo.InvariantCulture, $"{a}-{b}"),
    };

    /// <summary>Ports only print for boxes within TCP/UDP and when they restrict something.</summary>
    public override string ToString()
    {
        var text = $"{ProtocolText} {Format(Source)}";
        bool ports = ProtocolFrom == ProtocolTo && IpProtocol.FromNumber(ProtocolFrom).HasPorts;
        if (ports && !SourcePorts.IsAll) text += ":" + SourcePorts;
        text += " -> " + Format(Destination);
        if (ports && !DestinationPorts.IsAll) text += ":" + DestinationPorts;
        return text;
    }

    /// <summary>A range that is exactly one prefix prints as a CIDR (a single address without /32).</summary>
    public static string Format(Ipv4Range range)
    {
        if (range.First == range.Last) return range.First.ToString();
        var prefixes = range.ToPrefixes();
        return prefixes.Length == 1 ? prefixes[0].ToString() : range.ToString();
    }
}
