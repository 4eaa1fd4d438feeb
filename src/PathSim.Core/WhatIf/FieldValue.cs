using PathSim.Collections;

namespace PathSim.WhatIf;

/// <summary>
/// The value a <see cref="SetField"/> edit gives a field: null (<c>null</c> in YAML and on the
/// command line), one scalar, or a list. A list field also takes a scalar with comma-separated items,
/// which is how a command-line flag writes it.
/// </summary>
public sealed record FieldValue
{
    private FieldValue(string? text, ValueArray<string>? items)
    {
        Text = text;
        Items = items;
    }

    /// <summary>The scalar as written; null for a null or a list value.</summary>
    public string? Text { get; }

    /// <summary>The list items; null for a null or a scalar value.</summary>
    public ValueArray<string>? Items { get; }

    public bool IsNull => Text is null && Items is null;

    public static FieldValue Null { get; } = new(null, null);
    public static FieldValue Of(string text) => new(text, null);
    public static FieldValue OfList(IEnumerable<string> items) => new(null, items.ToValueArray());

    /// <summary>The list items, splitting a scalar at commas; empty for null.</summary>
    public IReadOnlyList<string> AsList() =>
        Items is { } items ? items
        : Text is { } text ? text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        : [];

    public override string ToString() =>
        Items is { } items ? $"[{string.Join(", ", items)}]" : Text ?? "null";
}
