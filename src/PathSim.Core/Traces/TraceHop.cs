using PathSim.Collections;
using PathSim.Network;

namespace PathSim.Traces;

/// <summary>One component the packet passed (or stopped at), with what happened there.</summary>
public sealed record TraceHop(ComponentRef Component, ValueArray<TraceStep> Steps)
{
    public bool IsDrop => Steps.Count > 0 && Steps[^1] is DropStep;

    public override string ToString() => Steps.IsEmpty ? Component.ToString() : $"{Component}: {string.Join("; ", Steps)}";
}
