using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;

namespace PathSim.Topology;

public sealed record VpcPeeringConnection
{
    public required VpcPeeringConnectionId Id { get; init; }
    public required VpcId RequesterVpc { get; init; }
    public required VpcId AccepterVpc { get; init; }

    /// <summary>Set when the accepter VPC is in another region.</summary>
    public string? AccepterRegion { get; init; }

    /// <summary>Only an active connection carries traffic (G3).</summary>
    public bool IsActive { get; init; } = true;
    public SourceLocation Location { get; init; }
}
