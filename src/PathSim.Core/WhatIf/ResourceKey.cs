namespace PathSim.WhatIf;

/// <summary>One resource of a topology, by kind and id (a bucket's id is its name).</summary>
public readonly record struct ResourceKey(ResourceKind Kind, string Id) : IComparable<ResourceKey>
{
    public int CompareTo(ResourceKey other)
    {
        int byKind = Kind.CompareTo(other.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(Id, other.Id);
    }

    public override string ToString() => $"{Kind.ToWireName()}:{Id}";
}
