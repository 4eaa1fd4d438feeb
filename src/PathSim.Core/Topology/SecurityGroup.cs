using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;

namespace PathSim.Topology;

public sealed record SecurityGroup
{
    public required SecurityGroupId Id { get; init; }
    public required VpcId Vpc { get; init; }
    public string? Name { get; init; }
    public ValueArray<SecurityGroupRule> Ingress { get; init; }

    /// <summary>Outbound allow rules; empty allows nothing. Readers add AWS's allow-all rule when the input has no egress key (F1).</summary>
    public ValueArray<SecurityGroupRule> Egress { get; init; }
    public SourceLocation Location { get; init; }
}
