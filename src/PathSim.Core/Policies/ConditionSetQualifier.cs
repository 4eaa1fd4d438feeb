namespace PathSim.Policies;

/// <summary>The <c>ForAnyValue:</c> / <c>ForAllValues:</c> prefix for multivalued context keys.</summary>
public enum ConditionSetQualifier
{
    None,
    ForAnyValue,
    ForAllValues,
}
