using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;

namespace PathSim.Topology;

public sealed record NetworkAcl
{
    public required NetworkAclId Id { get; init; }
    public required VpcId Vpc { get; init; }

    /// <summary>The VPC's default ACL: subnets without an explicit ACL use it.</summary>
    public bool IsDefault { get; init; }
    public ValueArray<NetworkAclEntry> Ingress { get; init; }
    public ValueArray<NetworkAclEntry> Egress { get; init; }
    public SourceLocation Location { get; init; }
}
