namespace PathSim.Traces;

/// <summary>A gateway or endpoint condition that held (e.g. <c>igw-a is attached to vpc-a</c>, <c>destination is in vpc-b's CIDRs</c>).</summary>
public sealed record CheckStep : TraceStep;
