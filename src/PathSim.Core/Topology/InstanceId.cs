namespace PathSim.Topology;

/// <summary>The id of a Instance (AWS's resource id, or the name a topology file gives it).</summary>
public readonly record struct InstanceId(string Value) : IComparable<InstanceId>
{
    public int CompareTo(InstanceId other) => string.CompareOrdinal(Value, other.Value);
    public override string ToString() => Value;
}
