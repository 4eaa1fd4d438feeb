using PathSim.Collections;
using PathSim.Traces;

namespace PathSim.Policies;

/// <summary>
/// Whether the policies on a flow's way let all its requests through: allowed, or denied with
/// <see cref="Code"/> (<c>ENDPOINT_POLICY_DENY</c> or <c>BUCKET_POLICY_DENY</c>) and the
/// <see cref="Deciding"/> check. <see cref="Evidence"/> lists every check made, in order; when the
/// flow is allowed the allowing statements are there.
/// </summary>
public sealed record AccessDecision
{
    public AccessDecision(ExplanationCode? code, ValueArray<PolicyEvidence> evidence)
    {
        // Invariant: a denial ends with the check that denied, of the kind its code names.
        if (code is { } c && !(evidence.Count > 0 && IsDenial(c, evidence[^1])))
            throw new ArgumentException($"a {c} decision must end with the denying check");
        Code = code;
        Evidence = evidence;
    }

    public bool IsAllowed => Code is null;

    /// <summary>Null when allowed.</summary>
    public ExplanationCode? Code { get; }
    public ValueArray<PolicyEvidence> Evidence { get; }

    /// <summary>The check that denied; null when allowed.</summary>
    public PolicyEvidence? Deciding => IsAllowed ? null : Evidence[^1];

    private static bool IsDenial(ExplanationCode code, PolicyEvidence last) =>
        code == ExplanationCode.EndpointPolicyDeny
            ? last.OwnerKind == PolicyOwnerKind.VpcEndpoint && last.Result != PolicyDecisionKind.Allow
            : code == ExplanationCode.BucketPolicyDeny && last.OwnerKind == PolicyOwnerKind.Bucket && last.Result == PolicyDecisionKind.ExplicitDeny;

    public override string ToString() => IsAllowed ? "allowed" : $"{Code}: {Deciding}";
}
