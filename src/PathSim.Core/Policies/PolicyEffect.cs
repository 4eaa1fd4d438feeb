namespace PathSim.Policies;

/// <summary>A statement's <c>Effect</c>. IAM accepts exactly these two spellings.</summary>
public enum PolicyEffect
{
    Allow,
    Deny,
}
