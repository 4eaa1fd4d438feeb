using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>
/// The result of applying edits: the new topology, or — when any edit failed or the result is not a
/// valid topology — null and the errors. Invariant: <see cref="Topology"/> is null iff an error is present.
/// </summary>
public sealed record EditOutcome
{
    public EditOutcome(NetworkTopology? topology, ImmutableArray<Diagnostic> diagnostics)
    {
        bool failed = diagnostics.Any(d => d.IsError);
        if (failed == (topology is not null))
            throw new ArgumentException("an edit outcome has a topology exactly when it has no error", nameof(topology));
        Topology = topology;
        Diagnostics = diagnostics;
    }

    public NetworkTopology? Topology { get; }
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    [MemberNotNullWhen(true, nameof(Topology))]
    public bool Succeeded => Topology is not null;
}
