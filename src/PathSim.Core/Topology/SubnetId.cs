namespace PathSim.Topology;

/// <summary>The id of a Subnet (AWS's resource id, or the name a topology file gives it).</summary>
public readonly record struct SubnetId(string Value) : IComparable<SubnetId>
{
    public int CompareTo(SubnetId other) => string.CompareOrdinal(Value, other.Value);
    public override string ToString() => Value;
}
