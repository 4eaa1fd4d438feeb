namespace PathSim.Topology;

/// <summary>The id of a RedshiftCluster (AWS's resource id, or the name a topology file gives it).</summary>
public readonly record struct RedshiftClusterId(string Value) : IComparable<RedshiftClusterId>
{
    public int CompareTo(RedshiftClusterId other) => string.CompareOrdinal(Value, other.Value);
    public override string ToString() => Value;
}
