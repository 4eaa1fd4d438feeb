using System.Globalization;
using PathSim.Addressing;
using PathSim.Collections;

namespace PathSim.Policies;

/// <summary>
/// Decides one <see cref="PolicyCondition"/> against a request context.
///
/// Missing keys, as the IAM User Guide ("IAM JSON policy elements: Condition operators") states:
/// "If the key that you specify in a policy condition is not present in the request context, the
/// values do not match and the condition is false. If the policy condition requires that the key is
/// not matched, such as StringNotLike or ArnNotLike, and the right key is not present, the condition
/// is true. This logic applies to all condition operators except ...IfExists and Null check."
/// So: a missing key makes a plain operator false, a negated operator true, any ...IfExists form true,
/// and Null decides on presence alone. This is what makes the endpoint-restricted bucket policy
/// (Deny with StringNotEquals aws:SourceVpce) deny requests that do not come through an endpoint (E4, RS5).
///
/// Set qualifiers ("Conditions with multiple context keys or values"): ForAllValues holds when the key
/// is missing or every context value satisfies the operator; ForAnyValue is false when the key is
/// missing and otherwise needs one context value to satisfy it.
/// </summary>
internal static class ConditionEvaluator
{
    public static bool Evaluate(PolicyCondition condition, RequestContext context)
    {
        var op = condition.Operator;
        bool present = context.TryGetValues(condition.Key, out var contextValues) && !contextValues.IsEmpty;

        if (op.Kind == ConditionOperatorKind.Null)
        {
            // "true" asks for the key to be absent, "false" for it to be present; several values OR.
            foreach (var v in condition.Values)
                if (bool.TryParse(v, out var wantAbsent) && wantAbsent != present) return true;
            return false;
        }

        if (!present)
        {
            if (op.IfExists) return true;
            return op.Qualifier switch
            {
                ConditionSetQualifier.ForAllValues => true,
                ConditionSetQualifier.ForAnyValue => false,
                _ => op.IsNegated,
            };
        }

        return op.Qualifier switch
        {
            ConditionSetQualifier.ForAnyValue => contextValues.Any(v => Satisfies(op, v, condition.Values)),
            ConditionSetQualifier.ForAllValues => contextValues.All(v => Satisfies(op, v, condition.Values)),
            // A single-valued key: its one value decides. For a multivalued key without a qualifier a
            // positive operator needs some value to match, a negated one needs no value to match.
            _ => op.IsNegated
                ? contextValues.All(v => Satisfies(op, v, condition.Values))
                : contextValues.Any(v => Satisfies(op, v, condition.Values)),
        };
    }

    /// <summary>Positive operators: some policy value matches. Negated operators: no policy value matches.</summary>
    private static bool Satisfies(ConditionOperator op, string contextValue, ValueArray<string> policyValues)
    {
        bool any = false;
        foreach (var policyValue in policyValues)
        {
            if (Matches(op.Kind, contextValue, policyValue))
            {
                any = true;
                break;
            }
        }
        return op.IsNegated ? !any : any;
    }

    /// <summary>The positive comparison behind each operator (the negated ones share their positive twin's).</summary>
    private static bool Matches(ConditionOperatorKind kind, string contextValue, string policyValue) => kind switch
    {
        ConditionOperatorKind.StringEquals or ConditionOperatorKind.StringNotEquals =>
            string.Equals(contextValue, policyValue, StringComparison.Ordinal),
        ConditionOperatorKind.StringEqualsIgnoreCase or ConditionOperatorKind.StringNotEqualsIgnoreCase =>
            string.Equals(contextValue, policyValue, StringComparison.OrdinalIgnoreCase),
        ConditionOperatorKind.StringLike or ConditionOperatorKind.StringNotLike =>
            IamWildcard.Matches(policyValue, contextValue, StringComparison.Ordinal),
        // AWS: ArnEquals and ArnLike behave the same; both take wildcards per ARN component.
        ConditionOperatorKind.ArnEquals or ConditionOperatorKind.ArnNotEquals
            or ConditionOperatorKind.ArnLike or ConditionOperatorKind.ArnNotLike =>
            IamWildcard.MatchesArn(policyValue, contextValue),
        ConditionOperatorKind.Bool =>
            bool.TryParse(contextValue, out var c) && bool.TryParse(policyValue, out var p) && c == p,
        ConditionOperatorKind.BinaryEquals => string.Equals(contextValue, policyValue, StringComparison.Ordinal),
        ConditionOperatorKind.IpAddress or ConditionOperatorKind.NotIpAddress =>
            Ipv4Address.TryParse(contextValue, out var address) && TryParseIpRange(policyValue, out var range) && range.Contains(address),
        ConditionOperatorKind.NumericEquals or ConditionOperatorKind.NumericNotEquals => CompareNumbers(contextValue, policyValue) is 0,
        ConditionOperatorKind.NumericLessThan => CompareNumbers(contextValue, policyValue) is < 0,
        ConditionOperatorKind.NumericLessThanEquals => CompareNumbers(contextValue, policyValue) is <= 0,
        ConditionOperatorKind.NumericGreaterThan => CompareNumbers(contextValue, policyValue) is > 0,
        ConditionOperatorKind.NumericGreaterThanEquals => CompareNumbers(contextValue, policyValue) is >= 0,
        ConditionOperatorKind.DateEquals or ConditionOperatorKind.DateNotEquals => CompareDates(contextValue, policyValue) is 0,
        ConditionOperatorKind.DateLessThan => CompareDates(contextValue, policyValue) is < 0,
        ConditionOperatorKind.DateLessThanEquals => CompareDates(contextValue, policyValue) is <= 0,
        ConditionOperatorKind.DateGreaterThan => CompareDates(contextValue, policyValue) is > 0,
        ConditionOperatorKind.DateGreaterThanEquals => CompareDates(contextValue, policyValue) is >= 0,
        ConditionOperatorKind.Null => throw new InvalidOperationException("Null is decided on presence"),
        _ => throw new InvalidOperationException($"unknown condition operator {kind}"),
    };

    /// <summary>An address or CIDR range; IAM accepts host bits set (<c>203.0.113.7/24</c>).</summary>
    public static bool TryParseIpRange(string text, out Ipv4Prefix range)
    {
        if (Ipv4Prefix.TryParseLenient(text, out range)) return true;
        if (Ipv4Address.TryParse(text, out var address))
        {
            range = Ipv4Prefix.Host(address);
            return true;
        }
        return false;
    }

    /// <summary>ISO 8601 date-time or epoch seconds, both of which IAM date operators take.</summary>
    public static bool TryParseDate(string text, out DateTimeOffset date)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) &&
            seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            date = DateTimeOffset.FromUnixTimeSeconds(seconds);
            return true;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date);
    }

    private static int? CompareNumbers(string contextValue, string policyValue) =>
        decimal.TryParse(contextValue, NumberStyles.Float, CultureInfo.InvariantCulture, out var c) &&
        decimal.TryParse(policyValue, NumberStyles.Float, CultureInfo.InvariantCulture, out var p)
            ? c.CompareTo(p)
            : null;

    private static int? CompareDates(string contextValue, string policyValue) =>
        TryParseDate(contextValue, out var c) && TryParseDate(policyValue, out var p) ? c.CompareTo(p) : null;
}
