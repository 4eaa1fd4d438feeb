namespace PathSim.Solver.Symbolic;

/// <summary>The names the reach report uses in JSON and text.</summary>
public static class ReachWireNames
{
    /// <summary>delivered, internet, service, host-service, dropped.</summary>
    public static string ToWireName(this ReachDisposition disposition) => disposition switch
    {
        ReachDisposition.DeliveredToInterface => "delivered",
        ReachDisposition.ReachedInternet => "internet",
        ReachDisposition.ReachedService => "service",
        ReachDisposition.ReachedHostService => "host-service",
        ReachDisposition.Dropped => "dropped",
        _ => throw new ArgumentOutOfRangeException(nameof(disposition)),
    };

    /// <summary>returns, intermittent, dropped.</summary>
    public static string ToWireName(this ReplyDisposition disposition) => disposition switch
    {
        ReplyDisposition.Returns => "returns",
        ReplyDisposition.Intermittent => "intermittent",
        ReplyDisposition.Dropped => "dropped",
        _ => throw new ArgumentOutOfRangeException(nameof(disposition)),
    };
}
