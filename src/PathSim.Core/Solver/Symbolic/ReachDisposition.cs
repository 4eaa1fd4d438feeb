namespace PathSim.Solver.Symbolic;

/// <summary>Where a class of packets ends up going forward (the symbolic twin of the tracer's disposition).</summary>
public enum ReachDisposition
{
    /// <summary>Arrived at a network interface; its security groups admitted it.</summary>
    DeliveredToInterface,
    /// <summary>Left through an internet gateway to public addresses that no modelled service owns.</summary>
    ReachedInternet,
    /// <summary>Reached an AWS service's addresses (through an IGW, NAT or gateway endpoint) or an interface endpoint of it.</summary>
    ReachedService,
    /// <summary>Reached a service answered on the sender's own host (<c>amazon-dns</c>, <c>instance-metadata</c>, <c>amazon-time-sync</c>; F4).</summary>
    ReachedHostService,
    /// <summary>Dropped at <see cref="ReachOutcome.At"/> for <see cref="ReachOutcome.Code"/>.</summary>
    Dropped,
}
