using System.Collections.Immutable;
using PathSim.Traces;

namespace PathSim.Policies;

/// <summary>
/// Combines the policies a flow's requests meet, request by request, stopping at the first denial:
/// <list type="number">
/// <item>the endpoint policy when the request passes a VPC endpoint (E3, RS4): anything but Allow
/// denies with <c>ENDPOINT_POLICY_DENY</c>; an endpoint without a policy allows everything;</item>
/// <item>the bucket policy: only an explicit Deny refuses (<c>BUCKET_POLICY_DENY</c>).</item>
/// </list>
/// Assumption: the cluster's IAM role's identity policy allows the request and the bucket is in the
/// role's account, so a bucket policy that neither allows nor denies leaves the request allowed, and
/// a bucket without a policy allows. pathsim does not read identity policies.
/// </summary>
public static class AccessEvaluator
{
    /// <param name="endpoint">The endpoint the requests pass, or null when they pass none.</param>
    /// <param name="resource">The bucket's policy, or null for requests to a service without one (Glue, Athena).</param>
    public static AccessDecision Evaluate(IReadOnlyList<PolicyRequest> requests, AttachedPolicy? endpoint, AttachedPolicy? resource)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var evidence = ImmutableArray.CreateBuilder<PolicyEvidence>();
        foreach (var request in requests)
        {
            if (endpoint is not null)
            {
                var check = Check(endpoint, request);
                evidence.Add(check);
                if (check.Result != PolicyDecisionKind.Allow) return new AccessDecision(ExplanationCode.EndpointPolicyDeny, evidence.ToImmutable());
            }
            if (resource is not null)
            {
                var check = Check(resource, request);
                evidence.Add(check);
                if (check.Result == PolicyDecisionKind.ExplicitDeny) return new AccessDecision(ExplanationCode.BucketPolicyDeny, evidence.ToImmutable());
            }
        }
        return new AccessDecision(null, evidence.ToImmutable());
    }

    private static PolicyEvidence Check(AttachedPolicy policy, PolicyRequest request)
    {
        if (policy.Document is null)
        {
            // E3: an endpoint without a policy gets AWS's default full-access policy.
            var result = policy.OwnerKind == PolicyOwnerKind.VpcEndpoint ? PolicyDecisionKind.Allow : PolicyDecisionKind.ImplicitDeny;
            return Evidence(policy, request, result, null, hasPolicy: false);
        }
        var decision = PolicyEvaluator.Evaluate(policy.Document, request);
        return Evidence(policy, request, decision.Kind, decision.Statement, hasPolicy: true);
    }

    private static PolicyEvidence Evidence(AttachedPolicy policy, PolicyRequest request, PolicyDecisionKind result, PolicyStatement? statement, bool hasPolicy) => new()
    {
        OwnerKind = policy.OwnerKind,
        OwnerId = policy.OwnerId,
        Request = request,
        Result = result,
        HasPolicy = hasPolicy,
        Statement = statement,
        Location = policy.Location,
    };
}
