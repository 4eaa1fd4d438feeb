using System.Collections.Immutable;
using PathSim.Addressing;

namespace PathSim.Solver.Symbolic.PacketSets;

/// <summary>One kind of traffic (<c>tcp:443</c>, <c>all traffic except udp</c>, with its source when it is not the known one) and every destination range it goes to, merged.</summary>
public sealed record TrafficLine(string Traffic, ImmutableArray<Ipv4Range> Destinations)
{
    /// <summary><c>Traffic -> d1, d2, … and N more</c> with at most <paramref name="shown"/> destinations.</summary>
    public string ToString(int shown) => $"{Traffic} -> {DestinationsText(Destinations, shown)}";

    /// <summary><c>d1, d2, … and N more</c>: at most <paramref name="shown"/> ranges, each a CIDR when it is exactly one prefix.</summary>
    public static string DestinationsText(IReadOnlyList<Ipv4Range> destinations, int shown)
    {
        var text = string.Join(", ", destinations.Take(shown).Select(PacketBox.Format));
        return destinations.Count > shown ? $"{text} and {destinations.Count - shown} more" : text;
    }

    public override string ToString() => ToString(int.MaxValue);
}
