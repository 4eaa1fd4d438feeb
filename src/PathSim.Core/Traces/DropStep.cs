namespace PathSim.Traces;

/// <summary>The packet was dropped here, for <see cref="TraceStep.Code"/> (always set).</summary>
/// <remarks>
/// One step per decision: when a route (blackhole, no way back) or a filter rule (a security group or
/// ACL deny) decided the drop, that decision is not recorded as a step of its own before the drop; it is
/// <see cref="Decision"/>, and the drop's text and location are the rule's.
/// </remarks>
public sealed record DropStep : TraceStep
{
    /// <summary>The <see cref="RouteStep"/> or <see cref="FilterStep"/> (action deny) that dropped the packet, when one did.</summary>
    public TraceStep? Decision { get; init; }
}
