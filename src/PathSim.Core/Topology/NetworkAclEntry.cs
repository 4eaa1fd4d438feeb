using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;

namespace PathSim.Topology;

/// <summary>One numbered NACL rule; rules run lowest number first, first match wins (F2).</summary>
public sealed record NetworkAclEntry
{
    public required int RuleNumber { get; init; }
    public required IpProtocol Protocol { get; init; }
    public PortRange Ports { get; init; } = PortRange.All;

    /// <summary>The source (ingress) or destination (egress) CIDR. NACLs take CIDRs only.</summary>
    public required Ipv4Prefix Cidr { get; init; }
    public required NetworkAclAction Action { get; init; }
    public SourceLocation Location { get; init; }

    public override string ToString() =>
        $"{RuleNumber} {Action.ToString().ToLowerInvariant()} {Protocol}{(Protocol.HasPorts && !Ports.IsAll ? " " + Ports : "")} {Cidr}";
}
