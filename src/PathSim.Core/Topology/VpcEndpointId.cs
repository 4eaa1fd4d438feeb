namespace PathSim.Topology;

/// <summary>The id of a VpcEndpoint (AWS's resource id, or the name a topology file gives it).</summary>
public readonly record struct VpcEndpointId(string Value) : IComparable<VpcEndpointId>
{
    public int CompareTo(VpcEndpointId other) => string.CompareOrdinal(Value, other.Value);
    public override string ToString() => Value;
}
