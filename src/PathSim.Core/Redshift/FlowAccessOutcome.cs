using PathSim.Traces;

namespace PathSim.Redshift;

/// <summary>Whether the policies admit a flow's requests, and if not, which statement refused which request.</summary>
public sealed record FlowAccessOutcome
{
    public static FlowAccessOutcome Allowed { get; } = new() { IsAllowed = true };

    public required bool IsAllowed { get; init; }

    /// <summary><c>ENDPOINT_POLICY_DENY</c> or <c>BUCKET_POLICY_DENY</c> when refused.</summary>
    public ExplanationCode? Code { get; init; }

    /// <summary>The policy (component = endpoint id or bucket name) and the deciding statement.</summary>
    public FlowHop? DecidedBy { get; init; }

    public static FlowAccessOutcome Denied(ExplanationCode code, FlowHop decidedBy) =>
        new() { IsAllowed = false, Code = code, DecidedBy = decidedBy };
}
