namespace PathSim.Topology;

/// <summary>The id of a Vpc (AWS's resource id, or the name a topology file gives it).</summary>
public readonly record struct VpcId(string Value) : IComparable<VpcId>
{
    public int CompareTo(VpcId other) => string.CompareOrdinal(Value, other.Value);
    public override string ToString() => Value;
}
