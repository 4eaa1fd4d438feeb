using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;

namespace PathSim.Topology;

public sealed record S3Bucket
{
    public required string Name { get; init; }
    public required string Region { get; init; }
    public PolicyText? Policy { get; init; }
    public SourceLocation Location { get; init; }
}
