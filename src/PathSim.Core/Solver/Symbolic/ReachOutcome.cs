using PathSim.Network;
using PathSim.Traces;

namespace PathSim.Solver.Symbolic;

/// <summary>
/// One cell of the reachability partition: where the packets went (or where and why they were dropped),
/// through which gateway or endpoint they left, and what happened to their replies. Records compare by
/// value, so packets with the same fate fall into one class.
/// </summary>
public sealed record ReachOutcome
{
    public required ReachDisposition Disposition { get; init; }

    /// <summary>The interface id (delivered), <c>internet</c>, or the service (<c>s3:us-east-1</c>); null when dropped.</summary>
    public string? Target { get; init; }

    /// <summary>The first gateway or endpoint the packets left through (igw-, nat-, vpce-, pcx-), as the check report's <c>via</c>.</summary>
    public string? Via { get; init; }

    /// <summary>
    /// The gateway or endpoint the packets finally left their VPC by (igw-, vpce-: the exit a service sees,
    /// E4), which may differ from <see cref="Via"/>: through nat-a and then the NAT subnet's gateway
    /// endpoint, or through nat-a and its IGW, are two classes. Null for delivery inside the network.
    /// </summary>
    public string? LeftThrough { get; init; }

    /// <summary>The component that dropped the packets.</summary>
    public ComponentRef? At { get; init; }

    /// <summary>Why they were dropped.</summary>
    public ExplanationCode? Code { get; init; }

    /// <summary>The rule or route that decided the drop, as text (<c>egress 90 deny tcp 443 0.0.0.0/0</c>).</summary>
    public string? Rule { get; init; }

    /// <summary>The replies' fate for packets that arrived; null when the forward was dropped.</summary>
    public ReplyOutcome? Reply { get; init; }

    /// <summary>Arrived and every reply gets back.</summary>
    public bool IsSuccess => Disposition != ReachDisposition.Dropped && Reply?.Disposition == ReplyDisposition.Returns;

    public override string ToString() => Disposition switch
    {
        ReachDisposition.Dropped => $"dropped at {At} {Code}{(Rule is null ? "" : $" ({Rule})")}",
        _ => $"{Disposition switch { ReachDisposition.DeliveredToInterface => "delivered to", ReachDisposition.ReachedService => "reached service", _ => "reached" }} {Target}"
             + (Via is null ? "" : $" via {Via}") + (Reply is null ? "" : $", {Reply}"),
    };
}
