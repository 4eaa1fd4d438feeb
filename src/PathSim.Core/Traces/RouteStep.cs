using PathSim.Addressing;

namespace PathSim.Traces;

/// <summary>The route a table chose for the packet (R1): the matched CIDR and the target.</summary>
public sealed record RouteStep : TraceStep
{
    public required string RouteTable { get; init; }

    /// <summary>The matched CIDR (one CIDR of a prefix-list route, R4).</summary>
    public required Ipv4Prefix Destination { get; init; }

    /// <summary>The target id (<c>local</c>, <c>igw-…</c>, <c>blackhole</c>, …).</summary>
    public required string Target { get; init; }
}
