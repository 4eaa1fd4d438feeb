using PathSim.Diagnostics;

namespace PathSim.Policies;

/// <summary>
/// One policy check of one request, with what decided it: the statement (index, Sid, JSON text) when
/// one did, and where the policy was written. <see cref="Statement"/> is null when the owner has no
/// policy (<see cref="HasPolicy"/> false) or no statement applied (implicit deny, or a bucket policy
/// that neither allows nor denies).
/// </summary>
public sealed record PolicyEvidence
{
    public required PolicyOwnerKind OwnerKind { get; init; }

    /// <summary>The endpoint id (<c>vpce-…</c>) or bucket name.</summary>
    public required string OwnerId { get; init; }
    public required PolicyRequest Request { get; init; }
    public required PolicyDecisionKind Result { get; init; }
    public required bool HasPolicy { get; init; }
    public PolicyStatement? Statement { get; init; }
    public SourceLocation Location { get; init; }

    public int? StatementIndex => Statement?.Index;
    public string? StatementSid => Statement?.Sid;
    public string? StatementText => Statement?.Text;

    public override string ToString()
    {
        var owner = OwnerKind == PolicyOwnerKind.VpcEndpoint ? $"endpoint {OwnerId}" : $"bucket {OwnerId}";
        var why = !HasPolicy ? "no policy" : Statement is null ? "no statement applies" : $"statement {Statement.DisplayName}";
        return $"{owner}: {Result} ({why}) for {Request.Action} on {Request.Resource}";
    }
}
