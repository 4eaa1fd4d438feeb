namespace PathSim.Topology;

/// <summary>The id of a NetworkAcl (AWS's resource id, or the name a topology file gives it).</summary>
public readonly record struct NetworkAclId(string Value) : IComparable<NetworkAclId>
{
    public int CompareTo(NetworkAclId other) => string.CompareOrdinal(Value, other.Value);
    public override string ToString() => Value;
}
