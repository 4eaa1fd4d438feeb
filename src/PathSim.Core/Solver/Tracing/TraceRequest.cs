using PathSim.Addressing;
using PathSim.Network;

namespace PathSim.Solver.Tracing;

/// <summary>One packet to follow: from an interface of the model to a destination (CLI.md defaults: TCP 443).</summary>
public sealed record TraceRequest
{
    public required CompiledInterface Source { get; init; }
    public required TraceDestination Destination { get; init; }
    public IpProtocol Protocol { get; init; } = IpProtocol.Tcp;

    /// <summary>Ignored for protocols without ports.</summary>
    public int DestinationPort { get; init; } = 443;

    /// <summary>The client's source port; default the first of <see cref="ClientEphemeralPorts"/>.</summary>
    public int? SourcePort { get; init; }

    /// <summary>
    /// The ports the client's replies may come back to (F3); stateless ACLs are checked over the whole
    /// range on the reply. Default Linux 32768–60999 (assumption, as for Redshift nodes).
    /// </summary>
    public PortRange ClientEphemeralPorts { get; init; } = PortRange.LinuxEphemeral;
}
