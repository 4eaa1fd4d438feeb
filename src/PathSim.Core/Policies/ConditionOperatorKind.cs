namespace PathSim.Policies;

/// <summary>
/// The base IAM condition operators (without <c>IfExists</c> or a set qualifier). Names are AWS's
/// (IAM User Guide, "IAM JSON policy elements: Condition operators").
/// </summary>
public enum ConditionOperatorKind
{
    StringEquals,
    StringNotEquals,
    StringEqualsIgnoreCase,
    StringNotEqualsIgnoreCase,
    StringLike,
    StringNotLike,
    NumericEquals,
    NumericNotEquals,
    NumericLessThan,
    NumericLessThanEquals,
    NumericGreaterThan,
    NumericGreaterThanEquals,
    DateEquals,
    DateNotEquals,
    DateLessThan,
    DateLessThanEquals,
    DateGreaterThan,
    DateGreaterThanEquals,
    Bool,
    BinaryEquals,
    IpAddress,
    NotIpAddress,
    ArnEquals,
    ArnNotEquals,
    ArnLike,
    ArnNotLike,

    /// <summary>Tests whether the key is absent (<c>"true"</c>) or present (<c>"false"</c>).</summary>
    Null,
}
