using PathSim.Diagnostics;

namespace PathSim.Traces;

/// <summary>
/// One thing that happened at a hop: a route matched, a filter rule decided, the header was translated,
/// a gateway check passed, or the packet was dropped. Each step cites the rule (its text and where it
/// was written); the deciding step carries the explanation code.
/// </summary>
public abstract record TraceStep
{
    /// <summary>The rule or fact in words, e.g. <c>0.0.0.0/0 -> nat-a</c> or <c>egress tcp 443 0.0.0.0/0</c>.</summary>
    public required string Text { get; init; }
    public SourceLocation Location { get; init; }

    /// <summary>Set on the step that decided something worth a code (a drop, a partial filter).</summary>
    public ExplanationCode? Code { get; init; }

    public override string ToString() => Code is { } code ? $"{Text} [{code}]" : Text;
}
