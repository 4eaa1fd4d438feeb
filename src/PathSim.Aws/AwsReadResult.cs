using System.Collections.Immutable;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Aws;

/// <summary>
/// What reading AWS input produced: the topology (always, built from everything that could be read)
/// and every diagnostic. With any error the topology is incomplete and must not be analysed (exit 2).
/// </summary>
public sealed record AwsReadResult(NetworkTopology Topology, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
