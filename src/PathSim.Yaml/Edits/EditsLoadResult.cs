using System.Collections.Immutable;
using PathSim.Diagnostics;
using PathSim.WhatIf;

namespace PathSim.Yaml.Edits;

/// <summary>The edits of an edits file, in order, or the errors that kept it from being read (then no edits).</summary>
public sealed record EditsLoadResult(ImmutableArray<TopologyEdit> Edits, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
