using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>
/// One proposed change to a topology, as data. Edits come from an edits file or command-line flags
/// and apply in order through <see cref="TopologyEditor"/>; each rewrites the records it touches with
/// <c>with</c> and leaves every other record as it was.
/// </summary>
public abstract record TopologyEdit
{
    /// <summary>Where the edit was written (edits file line:column, or the command-line flag).</summary>
    public SourceLocation Location { get; init; }

    /// <summary>One line for reports: <c>remove nat_gateway nat-a</c>.</summary>
    public abstract string Describe();

    /// <summary>The edited topology, or null after reporting why the edit cannot apply.</summary>
    internal abstract NetworkTopology? ApplyTo(NetworkTopology topology, EditContext context);
}
