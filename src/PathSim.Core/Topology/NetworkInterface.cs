using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;

namespace PathSim.Topology;

public sealed record NetworkInterface
{
    public required NetworkInterfaceId Id { get; init; }
    public required SubnetId Subnet { get; init; }
    public required Ipv4Address PrivateIp { get; init; }

    /// <summary>Public IPv4 or Elastic IP; without one the IGW drops outbound traffic (G1).</summary>
    public Ipv4Address? PublicIp { get; init; }
    public ValueArray<SecurityGroupId> SecurityGroups { get; init; }
    public NetworkInterfaceKind Kind { get; init; } = NetworkInterfaceKind.Other;

    /// <summary>The instance it is attached to, when any (so <c>--from i-…</c> works).</summary>
    public InstanceId? Instance { get; init; }
    public string? Description { get; init; }
    public SourceLocation Location { get; init; }
}
