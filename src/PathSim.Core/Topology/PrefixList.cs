using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;

namespace PathSim.Topology;

public sealed record PrefixList
{
    public required PrefixListId Id { get; init; }

    /// <summary>AWS-managed lists are named <c>com.amazonaws.REGION.SERVICE</c> and replace the built-in ranges.</summary>
    public required string Name { get; init; }
    public ValueArray<Ipv4Prefix> Cidrs { get; init; }
    public SourceLocation Location { get; init; }
}
