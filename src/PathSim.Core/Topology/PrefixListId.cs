namespace PathSim.Topology;

/// <summary>The id of a PrefixList (AWS's resource id, or the name a topology file gives it).</summary>
public readonly record struct PrefixListId(string Value) : IComparable<PrefixListId>
{
    public int CompareTo(PrefixListId other) => string.CompareOrdinal(Value, other.Value);
    public override string ToString() => Value;
}
