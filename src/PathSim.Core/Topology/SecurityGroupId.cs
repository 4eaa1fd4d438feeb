namespace PathSim.Topology;

/// <summary>The id of a SecurityGroup (AWS's resource id, or the name a topology file gives it).</summary>
public readonly record struct SecurityGroupId(string Value) : IComparable<SecurityGroupId>
{
    public int CompareTo(SecurityGroupId other) => string.CompareOrdinal(Value, other.Value);
    public override string ToString() => Value;
}
