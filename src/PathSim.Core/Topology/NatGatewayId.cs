namespace PathSim.Topology;

/// <summary>The id of a NatGateway (AWS's resource id, or the name a topology file gives it).</summary>
public readonly record struct NatGatewayId(string Value) : IComparable<NatGatewayId>
{
    public int CompareTo(NatGatewayId other) => string.CompareOrdinal(Value, other.Value);
    public override string ToString() => Value;
}
