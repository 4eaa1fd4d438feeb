namespace PathSim.Policies;

/// <summary>One principal named by a statement's <c>Principal</c> or <c>NotPrincipal</c>.</summary>
public sealed record PolicyPrincipalEntry(PrincipalType Type, string Value)
{
    /// <summary>
    /// IAM principal matching: <c>*</c> matches everyone; an AWS account id or
    /// <c>arn:aws:iam::ACCOUNT:root</c> matches every principal of that account; any other value
    /// matches a principal with exactly that ARN (the Principal element takes no wildcards besides
    /// <c>*</c>). Service, federated and canonical-user entries match a principal with that exact id.
    /// </summary>
    public bool Matches(IamPrincipal principal)
    {
        switch (Type)
        {
            case PrincipalType.Anyone:
                return true;
            case PrincipalType.Aws:
                if (Value == "*") return true;
                if (IamPrincipal.IsAccountId(Value)) return principal.AccountId == Value;
                if (IamPrincipal.TryParseAccountRoot(Value, out var account)) return principal.AccountId == account;
                return string.Equals(principal.Arn, Value, StringComparison.Ordinal);
            case PrincipalType.Service:
            case PrincipalType.Federated:
            case PrincipalType.CanonicalUser:
                return string.Equals(principal.Arn, Value, StringComparison.Ordinal);
            default:
                throw new InvalidOperationException($"unknown principal type {Type}");
        }
    }

    public override string ToString() => Type == PrincipalType.Anyone ? "*" : $"{Type}:{Value}";
}
