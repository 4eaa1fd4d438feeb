namespace PathSim.Topology;

/// <summary>The id of a VpcPeeringConnection (AWS's resource id, or the name a topology file gives it).</summary>
public readonly record struct VpcPeeringConnectionId(string Value) : IComparable<VpcPeeringConnectionId>
{
    public int CompareTo(VpcPeeringConnectionId other) => string.CompareOrdinal(Value, other.Value);
    public override string ToString() => Value;
}
