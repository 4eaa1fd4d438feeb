using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Solver.Symbolic.PacketSets;

namespace PathSim.Redshift;

/// <summary>
/// Why a flow is <c>intermittent</c>, exactly: which of the service's addresses fail and how
/// (<see cref="Failing"/>, e.g. part of S3's prefixes without a route, R1, or routed to a blackhole,
/// R5), which pass, and whether the replies pass for only part of their ports (<see cref="ReplyPorts"/>,
/// F3). Computed from the symbolic engine's partition of every packet of the flow, not from samples.
/// </summary>
public sealed record FlowSplit
{
    /// <summary>How many address ranges the text names per part before "and N more".</summary>
    public const int ShownRanges = 4;

    /// <summary>How many failing parts the text names before "and N more failing parts".</summary>
    public const int ShownParts = 3;

    /// <summary>The failing destinations by what fails them, in address order of their first range.</summary>
    public ValueArray<FailingDestinations> Failing { get; init; }

    /// <summary>The destinations whose requests get there (and whose replies come back on at least some ports).</summary>
    public Ipv4PrefixSet Passing { get; init; } = Ipv4PrefixSet.Empty;

    public ReplyPortSplit? ReplyPorts { get; init; }

    /// <summary>
    /// The bounded one-line form the check report prints: <c>fails for 3.5.0.0/19 and 12 more
    /// (NO_ROUTE_TO_DESTINATION at rtb-private); passes for 52.216.0.0/15, 54.231.0.0/16</c>, then the reply ports.
    /// </summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (!Failing.IsEmpty)
        {
            var failing = string.Join("; ", Failing.Take(ShownParts).Select(f => f.ToString(ShownRanges)));
            if (Failing.Count > ShownParts) failing += $"; and {Failing.Count - ShownParts} more failing parts";
            parts.Add("fails for " + failing);
            if (!Passing.IsEmpty) parts.Add("passes for " + RangesText(Passing, ShownRanges));
        }
        if (ReplyPorts is { } ports)
            parts.Add(ports.Destinations.Equals(Passing) || ports.Destinations.IsEmpty
                ? ports.ToString()
                : $"{ports} (for {RangesText(ports.Destinations, ShownRanges)})");
        return string.Join("; ", parts);
    }

    /// <summary>Merged ranges, each a CIDR when it is exactly one prefix, at most <paramref name="shown"/> of them.</summary>
    public static string RangesText(Ipv4PrefixSet addresses, int shown) => TrafficLine.DestinationsText(addresses.Ranges, shown);
}
