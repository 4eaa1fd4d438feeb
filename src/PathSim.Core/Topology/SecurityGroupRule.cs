using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;

namespace PathSim.Topology;

/// <summary>One allow rule. For protocols without ports <see cref="Ports"/> is <see cref="PortRange.All"/>.</summary>
public sealed record SecurityGroupRule
{
    public required IpProtocol Protocol { get; init; }
    public PortRange Ports { get; init; } = PortRange.All;
    public required RulePeer Peer { get; init; }
    public string? Description { get; init; }
    public SourceLocation Location { get; init; }

    public override string ToString() =>
        Protocol.HasPorts && !Ports.IsAll ? $"{Protocol} {Ports} {Peer}" : $"{Protocol} {Peer}";
}
