namespace PathSim.Topology;

/// <summary>The id of a InternetGateway (AWS's resource id, or the name a topology file gives it).</summary>
public readonly record struct InternetGatewayId(string Value) : IComparable<InternetGatewayId>
{
    public int CompareTo(InternetGatewayId other) => string.CompareOrdinal(Value, other.Value);
    public override string ToString() => Value;
}
