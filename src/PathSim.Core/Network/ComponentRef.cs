namespace PathSim.Network;

/// <summary>A component of the network by kind and id: a trace hop's subject and a component-graph vertex.</summary>
public readonly record struct ComponentRef(ComponentKind Kind, string Id) : IComparable<ComponentRef>
{
    public static ComponentRef Internet => new(ComponentKind.Internet, "internet");

    public int CompareTo(ComponentRef other)
    {
        int c = Kind.CompareTo(other.Kind);
        return c != 0 ? c : string.CompareOrdinal(Id, other.Id);
    }

    public override string ToString() => $"{Kind.ToWireName()} {Id}";
}
