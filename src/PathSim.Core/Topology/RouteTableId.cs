namespace PathSim.Topology;

/// <summary>The id of a RouteTable (AWS's resource id, or the name a topology file gives it).</summary>
public readonly record struct RouteTableId(string Value) : IComparable<RouteTableId>
{
    public int CompareTo(RouteTableId other) => string.CompareOrdinal(Value, other.Value);
    public override string ToString() => Value;
}
