using System.Collections.Immutable;
using PathSim.Diagnostics;
using PathSim.Topology;
using PathSim.Validation;

namespace PathSim.Aws;

/// <summary>
/// What reading AWS input produced, before validation: the topology built from everything that could be
/// read (so an overlay can still be merged in) and the reader's diagnostics. <see cref="Validate"/> gives
/// the result every reader hands out.
/// </summary>
public sealed record AwsReadResult(NetworkTopology Topology, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Runs the <see cref="TopologyValidator"/>; the topology is handed out only when nothing is an error.</summary>
    public TopologyLoadResult Validate() =>
        new(Topology, TopologyLoadResult.Sort(Diagnostics.Concat(TopologyValidator.Validate(Topology))));
}
