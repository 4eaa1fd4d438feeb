using PathSim.Collections;

namespace PathSim.Policies;

/// <summary>The parsed <c>Principal</c> (or <c>NotPrincipal</c>) element: a list of entries, any of which may match.</summary>
public sealed record PolicyPrincipal(ValueArray<PolicyPrincipalEntry> Entries)
{
    public static PolicyPrincipal Anyone { get; } = new([new PolicyPrincipalEntry(PrincipalType.Anyone, "*")]);

    public bool Matches(IamPrincipal principal)
    {
        foreach (var entry in Entries)
            if (entry.Matches(principal)) return true;
        return false;
    }
}
