using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;

namespace PathSim.Topology;

public sealed record Subnet
{
    public required SubnetId Id { get; init; }
    public required VpcId Vpc { get; init; }
    public required Ipv4Prefix Cidr { get; init; }
    public string? AvailabilityZone { get; init; }

    /// <summary>Explicit association; null means the VPC's main route table (R3).</summary>
    public RouteTableId? RouteTable { get; init; }

    /// <summary>Explicit association; null means the VPC's default network ACL.</summary>
    public NetworkAclId? NetworkAcl { get; init; }

    /// <summary>Whether instances launched here get a public IPv4 (informational; interfaces carry their own public IP).</summary>
    public bool MapPublicIpOnLaunch { get; init; }
    public SourceLocation Location { get; init; }
}
