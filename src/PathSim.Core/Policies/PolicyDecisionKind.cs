namespace PathSim.Policies;

/// <summary>What one policy says about one request (E3: explicit deny wins, no allow means deny).</summary>
public enum PolicyDecisionKind
{
    /// <summary>A statement allows the request and none denies it.</summary>
    Allow,

    /// <summary>A Deny statement applies; it overrides every Allow.</summary>
    ExplicitDeny,

    /// <summary>No statement applies: the policy does not allow the request.</summary>
    ImplicitDeny,
}
