using System.Diagnostics.CodeAnalysis;

namespace PathSim.Policies;

/// <summary>
/// Who makes a request: an ARN (role, user, assumed-role session) or a service principal name,
/// and the 12-digit account it belongs to (empty for service principals).
/// </summary>
public sealed record IamPrincipal
{
    public IamPrincipal(string arn, string accountId)
    {
        ArgumentException.ThrowIfNullOrEmpty(arn);
        ArgumentNullException.ThrowIfNull(accountId);
        Arn = arn;
        AccountId = accountId;
    }

    public string Arn { get; }

    /// <summary>12 digits for IAM principals; empty for service principals.</summary>
    public string AccountId { get; }

    /// <summary>
    /// A role/user ARN <c>arn:PARTITION:iam::ACCOUNT:...</c> or an assumed-role ARN
    /// <c>arn:PARTITION:sts::ACCOUNT:...</c>; the account is read from the ARN's fifth field.
    /// </summary>
    public static bool TryFromArn(string? arn, [NotNullWhen(true)] out IamPrincipal? principal)
    {
        principal = null;
        if (arn is null) return false;
        var parts = arn.Split(':', 6);
        if (parts.Length != 6 || parts[0] != "arn" || parts[1].Length == 0) return false;
        if (parts[2] is not ("iam" or "sts") || parts[3].Length != 0 || !IsAccountId(parts[4]) || parts[5].Length == 0) return false;
        principal = new IamPrincipal(arn, parts[4]);
        return true;
    }

    /// <summary>A service principal such as <c>redshift.amazonaws.com</c>.</summary>
    public static IamPrincipal Service(string name) => new(name, "");

    public static bool IsAccountId(string value) => value.Length == 12 && value.All(char.IsAsciiDigit);

    /// <summary>Recognises <c>arn:PARTITION:iam::ACCOUNT:root</c>, which names the whole account.</summary>
    public static bool TryParseAccountRoot(string value, [NotNullWhen(true)] out string? accountId)
    {
        accountId = null;
        var parts = value.Split(':');
        if (parts.Length != 6 || parts[0] != "arn" || parts[2] != "iam" || parts[3].Length != 0 || parts[5] != "root") return false;
        if (!IsAccountId(parts[4])) return false;
        accountId = parts[4];
        return true;
    }

    public override string ToString() => Arn;
}
