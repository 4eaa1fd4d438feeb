using PathSim.Diagnostics;

namespace PathSim.Redshift;

/// <summary>The component that decided a failing flow, the rule (or missing rule) there, and a one-line fix.</summary>
public sealed record FlowBlocker
{
    public required string Component { get; init; }
    public required string Kind { get; init; }
    public string Rule { get; init; } = "";
    public required string Fix { get; init; }
    public SourceLocation Location { get; init; }
}
