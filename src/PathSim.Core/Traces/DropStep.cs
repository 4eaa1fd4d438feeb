namespace PathSim.Traces;

/// <summary>The packet was dropped here, for <see cref="TraceStep.Code"/> (always set).</summary>
public sealed record DropStep : TraceStep;
