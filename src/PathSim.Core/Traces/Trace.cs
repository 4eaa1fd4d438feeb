using PathSim.Collections;
using PathSim.Services;
using PathSim.Topology;

namespace PathSim.Traces;

/// <summary>
/// One direction of a traced flow: the hops in order and where the packet ended. Invariant (checked):
/// a drop step appears only as the last step of the last hop, and exactly when the disposition is
/// <see cref="TraceDisposition.Dropped"/>.
/// </summary>
public sealed record Trace
{
    public Trace(ValueArray<TraceHop> hops, TraceDisposition disposition, NetworkInterfaceId? deliveredTo = null, RegionalService? service = null)
    {
        for (int i = 0; i < hops.Count; i++)
            for (int j = 0; j < hops[i].Steps.Count; j++)
                if (hops[i].Steps[j] is DropStep && (i != hops.Count - 1 || j != hops[i].Steps.Count - 1))
                    throw new ArgumentException("a drop step must be the last step of the last hop", nameof(hops));
        bool dropped = hops.Count > 0 && hops[^1].IsDrop;
        if (dropped != (disposition == TraceDisposition.Dropped))
            throw new ArgumentException($"disposition {disposition} does not match the hops", nameof(disposition));
        Hops = hops;
        Disposition = disposition;
        DeliveredTo = deliveredTo;
        Service = service;
    }

    public ValueArray<TraceHop> Hops { get; }
    public TraceDisposition Disposition { get; }

    /// <summary>The interface the packet reached (for <see cref="TraceDisposition.DeliveredToInterface"/>, and the endpoint interface of an interface endpoint).</summary>
    public NetworkInterfaceId? DeliveredTo { get; }

    /// <summary>The service reached, for <see cref="TraceDisposition.ReachedService"/>.</summary>
    public RegionalService? Service { get; }

    /// <summary>The drop step, when dropped.</summary>
    public DropStep? Drop => Disposition == TraceDisposition.Dropped ? (DropStep)Hops[^1].Steps[^1] : null;

    public override string ToString() => string.Join(Environment.NewLine, Hops);
}
