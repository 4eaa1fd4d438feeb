namespace PathSim.WhatIf;

/// <summary>
/// A resource as an edit names it: an id, and the kind when the user gave one. Ids are unique
/// across kinds in practice (AWS prefixes them), so the kind is only needed when a topology file
/// gives two resources of different kinds the same name.
/// </summary>
public readonly record struct ResourceReference(ResourceKind? Kind, string Id)
{
    public static ResourceReference To(ResourceKey key) => new(key.Kind, key.Id);

    public override string ToString() => Kind is { } kind ? $"{kind.ToWireName()}:{Id}" : Id;
}
