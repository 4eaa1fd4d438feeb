using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Validation;

/// <summary>
/// What a reader (YAML file, AWS snapshot, live EC2) hands back: the topology when the input had no
/// errors, and every diagnostic found, sorted by location. Readers never throw on user input.
/// </summary>
public sealed class TopologyLoadResult
{
    public TopologyLoadResult(NetworkTopology? topology, ImmutableArray<Diagnostic> diagnostics)
    {
        Diagnostics = diagnostics.IsDefault ? [] : diagnostics;
        // Invariant: a topology is only handed out when nothing is wrong with it, so no caller can
        // analyse half a file by accident.
        Topology = Diagnostics.Any(d => d.IsError) ? null : topology;
    }

    /// <summary>Null when any diagnostic is an error.</summary>
    public NetworkTopology? Topology { get; }

    /// <summary>Errors and warnings, in file:line:column order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    [MemberNotNullWhen(true, nameof(Topology))]
    public bool Succeeded => Topology is not null;

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public static TopologyLoadResult Failed(params Diagnostic[] diagnostics) => new(null, [.. diagnostics]);

    /// <summary>Sorts diagnostics by location (stable: equal locations keep their order).</summary>
    public static ImmutableArray<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Location)];
}
