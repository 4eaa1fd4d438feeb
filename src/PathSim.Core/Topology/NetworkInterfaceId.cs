namespace PathSim.Topology;

/// <summary>The id of a NetworkInterface (AWS's resource id, or the name a topology file gives it).</summary>
public readonly record struct NetworkInterfaceId(string Value) : IComparable<NetworkInterfaceId>
{
    public int CompareTo(NetworkInterfaceId other) => string.CompareOrdinal(Value, other.Value);
    public override string ToString() => Value;
}
