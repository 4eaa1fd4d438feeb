namespace PathSim.Policies;

/// <summary>
/// IAM's two wildcards: <c>*</c> (any run of characters, possibly empty) and <c>?</c> (one character),
/// as used in Action, Resource, StringLike and ArnLike.
/// </summary>
internal static class IamWildcard
{
    public static bool Matches(string pattern, string value, StringComparison comparison)
    {
        // Iterative glob with single-star backtracking: linear in practice, no recursion on user input.
        int p = 0, v = 0, starP = -1, starV = 0;
        bool ignoreCase = comparison == StringComparison.OrdinalIgnoreCase;
        while (v < value.Length)
        {
            if (p < pattern.Length && pattern[p] == '*')
            {
                starP = p++;
                starV = v;
            }
            else if (p < pattern.Length && (pattern[p] == '?' || CharEquals(pattern[p], value[v], ignoreCase)))
            {
                p++;
                v++;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                v = ++starV;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }

    /// <summary>
    /// ArnLike/ArnEquals: "each of the six colon-delimited components of the ARN is checked separately"
    /// (IAM User Guide, ARN condition operators); the last component keeps any further colons.
    /// </summary>
    public static bool MatchesArn(string pattern, string value)
    {
        var ps = pattern.Split(':', 6);
        var vs = value.Split(':', 6);
        if (ps.Length != 6 || vs.Length != 6) return false;
        for (int i = 0; i < 6; i++)
            if (!Matches(ps[i], vs[i], StringComparison.Ordinal)) return false;
        return true;
    }

    private static bool CharEquals(char a, char b, bool ignoreCase) =>
        a == b || (ignoreCase && char.ToUpperInvariant(a) == char.ToUpperInvariant(b));
}
