namespace PathSim.WhatIf;

/// <summary>
/// A resource as an edit names it: an id, and the kind when the user gave one. Ids are unique
/// across kinds in practice (AWS prefixes them), so the kind is only needed when a topology file
/// gives two resources of different kinds the same name.
/// </summary>
public readonly record struct ResourceReference(ResourceKind? Kind, string Id)
{
    public static ResourceReference To(ResourceKey key) => new(key.Kind, key.Id);

    /// <summary><c>ID</c> or <c>KIND:ID</c> (<c>nat_gateway:nat-a</c>); a prefix before ':' that is not a kind is part of the id.</summary>
    public static ResourceReference Parse(string text)
    {
        int colon = text.IndexOf(':');
        if (colon > 0 && colon < text.Length - 1 && ResourceKindNames.TryParse(text[..colon], out var kind))
            return new ResourceReference(kind, text[(colon + 1)..]);
        return new ResourceReference(null, text);
    }

    public override string ToString() => Kind is { } kind ? $"{kind.ToWireName()}:{Id}" : Id;
}
