using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;

namespace PathSim.Topology;

public sealed record InternetGateway
{
    public required InternetGatewayId Id { get; init; }

    /// <summary>The attached VPC; null for a detached gateway, which carries nothing (G1).</summary>
    public VpcId? Vpc { get; init; }
    public SourceLocation Location { get; init; }
}
