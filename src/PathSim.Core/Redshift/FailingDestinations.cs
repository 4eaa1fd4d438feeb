using PathSim.Addressing;
using PathSim.Traces;

namespace PathSim.Redshift;

/// <summary>
/// Destinations of a flow whose packets all fail the same way: dropped at <see cref="At"/> for
/// <see cref="Code"/>, going out or (<see cref="Direction"/> return) on the reply.
/// </summary>
public sealed record FailingDestinations(Ipv4PrefixSet Destinations, ExplanationCode Code, string At, PathDirection Direction)
{
    /// <summary>
    /// For requests that got there and were refused by a policy (<see cref="At"/> the bucket or endpoint),
    /// the exit they took; null for a network drop.
    /// </summary>
    public string? Via { get; init; }

    /// <summary><c>3.5.0.0/19, 18.34.0.0/19 and 12 more (NO_ROUTE_TO_DESTINATION at rtb-private)</c>; <c>3.5.0.0/19 (via nat-a, BUCKET_POLICY_DENY at raw)</c>.</summary>
    public string ToString(int shownRanges) =>
        $"{FlowSplit.RangesText(Destinations, shownRanges)} ({(Via is null ? "" : $"via {Via}, ")}{Code} at {At}{(Direction == PathDirection.Return ? " on the reply" : "")})";

    public override string ToString() => ToString(int.MaxValue);
}
