namespace PathSim.Policies;

/// <summary>
/// A policy's answer to one request and the statement that decided it: the first Deny that applies
/// for <see cref="PolicyDecisionKind.ExplicitDeny"/>, the first Allow that applies for
/// <see cref="PolicyDecisionKind.Allow"/>, none for <see cref="PolicyDecisionKind.ImplicitDeny"/>.
/// </summary>
public sealed record PolicyDecision
{
    public PolicyDecision(PolicyDecisionKind kind, PolicyStatement? statement)
    {
        if ((kind == PolicyDecisionKind.ImplicitDeny) != (statement is null))
            throw new ArgumentException("an implicit deny has no deciding statement; allow and explicit deny have one");
        if (statement is not null && (statement.Effect == PolicyEffect.Deny) != (kind == PolicyDecisionKind.ExplicitDeny))
            throw new ArgumentException($"statement {statement.DisplayName} has effect {statement.Effect}, which cannot give {kind}");
        Kind = kind;
        Statement = statement;
    }

    public PolicyDecisionKind Kind { get; }
    public PolicyStatement? Statement { get; }

    public bool IsAllowed => Kind == PolicyDecisionKind.Allow;

    public static PolicyDecision ImplicitDeny { get; } = new(PolicyDecisionKind.ImplicitDeny, null);

    public override string ToString() => Statement is null ? Kind.ToString() : $"{Kind} by statement {Statement.DisplayName}";
}
