using System.Diagnostics.CodeAnalysis;

namespace PathSim.Policies;

/// <summary>
/// A condition operator as written, e.g. <c>ForAnyValue:StringNotLikeIfExists</c>: base kind,
/// the <c>IfExists</c> suffix and the set qualifier. Operator names are read case-insensitively.
/// </summary>
public readonly record struct ConditionOperator(ConditionOperatorKind Kind, bool IfExists, ConditionSetQualifier Qualifier)
{
    /// <summary>
    /// Negated operators hold when the context value matches none of the policy values; they also hold
    /// when the key is missing (see <see cref="ConditionEvaluator"/>).
    /// </summary>
    public bool IsNegated => Kind is ConditionOperatorKind.StringNotEquals or ConditionOperatorKind.StringNotEqualsIgnoreCase
        or ConditionOperatorKind.StringNotLike or ConditionOperatorKind.NumericNotEquals or ConditionOperatorKind.DateNotEquals
        or ConditionOperatorKind.NotIpAddress or ConditionOperatorKind.ArnNotEquals or ConditionOperatorKind.ArnNotLike;

    public static bool TryParse(string text, [NotNullWhen(true)] out ConditionOperator? op)
    {
        op = null;
        var qualifier = ConditionSetQualifier.None;
        var rest = text;
        int colon = text.IndexOf(':');
        if (colon >= 0)
        {
            var prefix = text[..colon];
            if (prefix.Equals("ForAnyValue", StringComparison.OrdinalIgnoreCase)) qualifier = ConditionSetQualifier.ForAnyValue;
            else if (prefix.Equals("ForAllValues", StringComparison.OrdinalIgnoreCase)) qualifier = ConditionSetQualifier.ForAllValues;
            else return false;
            rest = text[(colon + 1)..];
        }

        const string Suffix = "IfExists";
        bool ifExists = rest.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);
        if (ifExists) rest = rest[..^Suffix.Length];

        // Enum.TryParse would also accept numbers ("3"); require a name.
        if (rest.Length == 0 || !char.IsAsciiLetter(rest[0])) return false;
        if (!Enum.TryParse(rest, ignoreCase: true, out ConditionOperatorKind kind)) return false;

        // AWS: "You cannot use ...IfExists with the Null condition operator"; no set form of Null either.
        if (kind == ConditionOperatorKind.Null && (ifExists || qualifier != ConditionSetQualifier.None)) return false;
        op = new ConditionOperator(kind, ifExists, qualifier);
        return true;
    }

    public override string ToString()
    {
        var qualifier = Qualifier == ConditionSetQualifier.None ? "" : Qualifier + ":";
        return qualifier + Kind + (IfExists ? "IfExists" : "");
    }
}
