using PathSim.Addressing;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Network;

/// <summary>
/// A security group rule with its peer resolved to addresses (F1): a CIDR, a prefix list's CIDRs, or the
/// private IPs of the interfaces that carry the referenced group.
/// </summary>
public sealed record CompiledSecurityGroupRule
{
    public required SecurityGroupId Group { get; init; }
    public required TrafficDirection Direction { get; init; }
    public required SecurityGroupRule Rule { get; init; }

    /// <summary>The peer's addresses (source for ingress, destination for egress).</summary>
    public required Ipv4PrefixSet PeerAddresses { get; init; }

    public IpProtocol Protocol => Rule.Protocol;
    public PortRange Ports => Rule.Ports;
    public SourceLocation Location => Rule.Location;

    /// <summary><c>egress tcp 443 0.0.0.0/0</c>, as the check report's path shows it.</summary>
    public string Text => $"{Direction.ToString().ToLowerInvariant()} {Rule}";

    public override string ToString() => $"{Group} {Text}";
}
