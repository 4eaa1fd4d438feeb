using PathSim.Collections;

namespace PathSim.Policies;

/// <summary>
/// One operator–key pair of a statement's <c>Condition</c> block with its values (OR-ed; for a
/// negated operator: none may match). A statement's conditions are AND-ed.
/// </summary>
public sealed record PolicyCondition(ConditionOperator Operator, string Key, ValueArray<string> Values)
{
    public override string ToString() => $"{Operator} {Key} {Values}";
}
