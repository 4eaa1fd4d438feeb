using System.Globalization;
using System.Text.Json;
using PathSim.Addressing;

namespace PathSim.Aws.Snapshots;

/// <summary>
/// A JSON element together with its JSON path (<c>$.Subnets[2].CidrBlock</c>), so every problem a
/// reader finds can name the exact place in the describe output (PS6101).
/// </summary>
internal readonly record struct JsonCursor(JsonElement Element, string Path)
{
    public JsonCursor? Property(string name) =>
        Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? new JsonCursor(value, $"{Path}.{name}")
            : null;

    public JsonCursor RequiredProperty(string name) =>
        Property(name) ?? throw new SnapshotFormatException(Path, $"'{name}' is missing");

    public string? OptionalString(string name) => Property(name) is { } c ? c.AsString() : null;

    public string RequiredString(string name)
    {
        string value = RequiredProperty(name).AsString();
        return value.Length > 0 ? value : throw new SnapshotFormatException($"{Path}.{name}", $"'{name}' is empty");
    }

    public bool? OptionalBool(string name)
    {
        if (Property(name) is not { } c) return null;
        return c.Element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            // describe-vpc-attribute wraps its answers: {"EnableDnsSupport": {"Value": true}}
            JsonValueKind.Object when c.Property("Value") is { } inner => inner.AsBool(),
            _ => throw new SnapshotFormatException(c.Path, $"'{name}' must be true or false"),
        };
    }

    public int? OptionalInt(string name) => Property(name) is { } c ? c.AsInt() : null;

    public string AsString() => Element.ValueKind switch
    {
        JsonValueKind.String => Element.GetString()!,
        // the CLI prints some numbers as strings and some strings as numbers (NACL protocol "6" vs 6)
        JsonValueKind.Number => Element.GetRawText(),
        _ => throw new SnapshotFormatException(Path, $"expected a string, found {Describe(Element.ValueKind)}"),
    };

    public bool AsBool() => Element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String when bool.TryParse(Element.GetString(), out bool b) => b,
        _ => throw new SnapshotFormatException(Path, "expected true or false"),
    };

    public int AsInt()
    {
        if (Element.ValueKind == JsonValueKind.Number && Element.TryGetInt32(out int n)) return n;
        if (Element.ValueKind == JsonValueKind.String &&
            int.TryParse(Element.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out n)) return n;
        throw new SnapshotFormatException(Path, $"expected an integer, found {Describe(Element.ValueKind)}");
    }

    /// <summary>The items of an array property; an absent or null property is an empty list (the SDK and CLI omit empty lists).</summary>
    public IEnumerable<JsonCursor> Items(string name)
    {
        if (Property(name) is not { } c) return [];
        return c.AsItems();
    }

    public IEnumerable<JsonCursor> AsItems()
    {
        if (Element.ValueKind != JsonValueKind.Array)
            throw new SnapshotFormatException(Path, $"expected a list, found {Describe(Element.ValueKind)}");
        var path = Path;
        return Element.EnumerateArray().Select((e, i) => new JsonCursor(e, $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]"));
    }

    public Ipv4Prefix AsCidr()
    {
        string text = AsString();
        // AWS normalises CIDRs it stores, so host bits set mean a hand-edited file: accept and zero them.
        return Ipv4Prefix.TryParseLenient(text, out var prefix)
            ? prefix
            : throw new SnapshotFormatException(Path, $"'{text}' is not a valid IPv4 CIDR block");
    }

    public Ipv4Address AsAddress()
    {
        string text = AsString();
        return Ipv4Address.TryParse(text, out var address)
            ? address
            : throw new SnapshotFormatException(Path, $"'{text}' is not a valid IPv4 address");
    }

    public Ipv4Address? OptionalAddress(string name) => Property(name) is { } c ? c.AsAddress() : null;

    /// <summary>The first item <paramref name="preferred"/> picks, else the first item, else null.</summary>
    public static JsonCursor? Preferred(IReadOnlyList<JsonCursor> items, Func<JsonCursor, bool> preferred)
    {
        foreach (var item in items)
            if (preferred(item)) return item;
        return items.Count > 0 ? items[0] : null;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
