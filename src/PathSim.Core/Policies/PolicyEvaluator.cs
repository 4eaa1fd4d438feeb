namespace PathSim.Policies;

/// <summary>
/// Evaluates one policy against one request, as IAM evaluates a single policy (E3): a Deny statement
/// that applies wins, else an Allow statement that applies allows, else the request is implicitly denied.
/// A statement applies when its principal, action, resource and every condition match.
/// </summary>
public static class PolicyEvaluator
{
    public static PolicyDecision Evaluate(PolicyDocument policy, PolicyRequest request)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(request);

        var context = request.EffectiveContext;
        PolicyStatement? firstAllow = null;
        foreach (var statement in policy.Statements)
        {
            if (!Applies(statement, request, context)) continue;
            if (statement.Effect == PolicyEffect.Deny) return new PolicyDecision(PolicyDecisionKind.ExplicitDeny, statement);
            firstAllow ??= statement;
        }
        return firstAllow is null ? PolicyDecision.ImplicitDeny : new PolicyDecision(PolicyDecisionKind.Allow, firstAllow);
    }

    /// <summary>Whether <paramref name="statement"/> covers the request (ignoring its effect).</summary>
    public static bool Applies(PolicyStatement statement, PolicyRequest request) =>
        Applies(statement, request, request.EffectiveContext);

    private static bool Applies(PolicyStatement statement, PolicyRequest request, RequestContext context)
    {
        if (statement.Principal is { } principal && principal.Matches(request.Principal) == statement.IsNotPrincipal) return false;
        if (MatchesAny(statement.Actions, request.Action, StringComparison.OrdinalIgnoreCase) == statement.IsNotAction) return false;
        if (MatchesAny(statement.Resources, request.Resource, StringComparison.Ordinal) == statement.IsNotResource) return false;
        foreach (var condition in statement.Conditions)
            if (!ConditionEvaluator.Evaluate(condition, context)) return false;
        return true;
    }

    // Actions compare case-insensitively ("s3:getobject" is s3:GetObject); resource ARNs case-sensitively.
    private static bool MatchesAny(IEnumerable<string> patterns, string value, StringComparison comparison)
    {
        foreach (var pattern in patterns)
            if (IamWildcard.Matches(pattern, value, comparison)) return true;
        return false;
    }
}
