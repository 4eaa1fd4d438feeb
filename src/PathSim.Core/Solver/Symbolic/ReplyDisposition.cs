namespace PathSim.Solver.Symbolic;

/// <summary>What happens to the replies of packets that arrived.</summary>
public enum ReplyDisposition
{
    /// <summary>Every reply gets back.</summary>
    Returns,
    /// <summary>
    /// The reply passes for some of the ports a NAT gateway may choose and not for others (F3,
    /// EPHEMERAL_PORTS_PARTIAL): each connection works or not depending on the port it was given.
    /// </summary>
    Intermittent,
    /// <summary>The reply is dropped at <see cref="ReplyOutcome.At"/>.</summary>
    Dropped,
}
