using System.Collections.Immutable;
using PathSim.Addressing;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Network;

/// <summary>
/// A network interface that takes part in paths: a declared one, or one the model places for an
/// interface endpoint (E1), a Redshift cluster node (RS8) or a NAT gateway (G2).
/// </summary>
public sealed record CompiledInterface
{
    public required NetworkInterfaceId Id { get; init; }
    public required SubnetId Subnet { get; init; }
    public required VpcId Vpc { get; init; }
    public required Ipv4Address PrivateIp { get; init; }

    /// <summary>Public IPv4 or Elastic IP, mapped 1:1 by the IGW (G1).</summary>
    public Ipv4Address? PublicIp { get; init; }
    public ImmutableArray<SecurityGroupId> SecurityGroups { get; init; } = [];
    public required NetworkInterfaceKind Kind { get; init; }

    /// <summary>The endpoint, cluster or NAT gateway that owns it; null for plain interfaces.</summary>
    public ComponentRef? Owner { get; init; }
    public InstanceId? Instance { get; init; }

    /// <summary>True when the model made it up (deterministic id <c>eni-OWNER-SUBNET</c>, first free address ≥ network+4).</summary>
    public bool IsSynthesized { get; init; }
    public SourceLocation Location { get; init; }

    public override string ToString() => $"{Id} ({PrivateIp})";
}
