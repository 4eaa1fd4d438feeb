using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;

namespace PathSim.Topology;

public sealed record Vpc
{
    public required VpcId Id { get; init; }

    /// <summary>Primary CIDR first, then secondary CIDRs. Each gets an implicit local route (R2).</summary>
    public required ValueArray<Ipv4Prefix> Cidrs { get; init; }

    /// <summary>Region of the VPC; readers fill it from the file's default region.</summary>
    public required string Region { get; init; }

    public string? Account { get; init; }
    public bool EnableDnsSupport { get; init; } = true;
    public bool EnableDnsHostnames { get; init; }
    public SourceLocation Location { get; init; }
}
