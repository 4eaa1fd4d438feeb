using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Network;
using PathSim.Services;
using PathSim.Topology;

namespace PathSim.Traces;

/// <summary>
/// The answer for one traced packet: the verdict, where it went, the first gateway or endpoint it left
/// through, the explanation codes, and the forward and return traces (the return only when the forward
/// arrived). CLI.md's trace JSON is this record.
/// </summary>
public sealed record TraceResult
{
    /// <summary>The packet as the source sent it.</summary>
    public required PacketHeader Header { get; init; }

    /// <summary>Reachable when both directions arrive; intermittent when they do but a reply filter admits only part of the ephemeral ports (F3); else unreachable.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>The forward disposition, or <see cref="TraceDisposition.Dropped"/> when the reply is dropped.</summary>
    public required TraceDisposition Disposition { get; init; }

    /// <summary>The service reached (S3/Glue/Athena in a region), when the forward reached one.</summary>
    public RegionalService? Service { get; init; }

    /// <summary>The service answered on the sender's host (<c>amazon-dns</c>, …), for <see cref="TraceDisposition.ReachedHostService"/> (F4).</summary>
    public string? HostService { get; init; }

    /// <summary>The interface reached, when the forward reached one.</summary>
    public NetworkInterfaceId? DeliveredTo { get; init; }

    /// <summary>The first gateway or endpoint the flow left through: vpce-…, nat-… (also when an IGW follows), igw-…, pcx-…; null when it stayed in the VPC.</summary>
    public string? Via { get; init; }

    /// <summary>Every explanation code met, in order (drop codes and partial-filter codes).</summary>
    public ValueArray<ExplanationCode> Codes { get; init; }

    public required Trace Forward { get; init; }
    public Trace? Return { get; init; }

    /// <summary>The VPC endpoint the request passed (gateway or interface): the request's aws:SourceVpce (E4).</summary>
    public VpcEndpointId? Endpoint { get; init; }

    /// <summary>The public source address the destination sees after the IGW (NAT EIP or the interface's public IP): aws:SourceIp.</summary>
    public Ipv4Address? PublicSource { get; init; }

    /// <summary>For a service destination: what the source's VPC resolved the name to, and why an interface endpoint was not used (E2).</summary>
    public ServiceResolution? Resolution { get; init; }
}
