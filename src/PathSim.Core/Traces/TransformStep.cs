using PathSim.Addressing;

namespace PathSim.Traces;

/// <summary>A header rewrite (NAT gateway G2, internet gateway G1) with the header before and after.</summary>
public sealed record TransformStep : TraceStep
{
    public required PacketHeader Before { get; init; }
    public required PacketHeader After { get; init; }
}
