using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;

namespace PathSim.Topology;

/// <summary>A bucket a cluster reads or writes, and how.</summary>
public sealed record BucketUse
{
    public required string Bucket { get; init; }
    public required BucketUseKind Uses { get; init; }
    public SourceLocation Location { get; init; }
}
