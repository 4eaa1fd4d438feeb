using PathSim.Diagnostics;
using PathSim.Services;
using PathSim.Yaml.Syntax;
using static PathSim.Diagnostics.DiagnosticDescriptors;

namespace PathSim.Yaml.Schema;

/// <summary>
/// Reads one YAML mapping against the keys its schema knows. Opening it reports duplicate keys
/// (PS2108) and unknown keys with the closest known one (PS2001: a typo must never be ignored);
/// each accessor reports wrong types and bad values at the value's own position and returns null
/// (or the default) so reading goes on and every problem of the file is listed in one run.
/// </summary>
internal sealed class MappingReader
{
    /// <summary>Up to this many keys a mapping is searched in place; larger ones get a dictionary (a file may hold a huge one).</summary>
    private const int LinearSearchLimit = 16;

    private readonly ReadContext _ctx;
    private readonly MappingLabel _label;
    private readonly string _kind;
    /// <summary>Large mappings only: each scalar key's first value (a repeated key is reported and the first one kept).</summary>
    private readonly Dictionary<string, YamlNode>? _index;
    private string? _what;

    private MappingReader(ReadContext ctx, YamlNode node, string kind, MappingLabel label, IReadOnlyCollection<string> known, string? idKey)
    {
        _ctx = ctx;
        _kind = kind;
        _label = label;
        Node = node;
        var pairs = node.Pairs;
        if (pairs.Count > LinearSearchLimit) _index = new(pairs.Count, StringComparer.Ordinal);
        List<YamlNode>? unknown = null;
        for (int i = 0; i < pairs.Count; i++)
        {
            var (key, value) = pairs[i];
            if (!key.IsScalar)
            {
                ctx.Report(WrongType, key, "(key)", "a plain string");
                continue;
            }
            if (_index is not null ? !_index.TryAdd(key.Value, value) : FindBefore(key.Value, i) is not null)
            {
                ctx.Report(DuplicateKey, key, key.Value);
                continue;
            }
            if (!known.Contains(key.Value)) (unknown ??= []).Add(key);
        }

        IdText = idKey is not null && ValueNode(idKey) is { IsScalar: true, IsNull: false } id ? id.Value : null;
        if (unknown is null) return;
        foreach (var key in unknown)
        {
            string? near = KeySuggestion.Closest(key.Value, known);
            ctx.Report(UnknownKey, key, key.Value, What, near is null ? "" : $" (did you mean '{near}'?)");
        }
    }

    private YamlNode? Find(string key) =>
        _index is not null ? _index.GetValueOrDefault(key) : FindBefore(key, Node.Pairs.Count);

    /// <summary>The value of the first pair before <paramref name="end"/> whose key is the scalar <paramref name="key"/>.</summary>
    private YamlNode? FindBefore(string key, int end)
    {
        var pairs = Node.Pairs;
        for (int i = 0; i < end; i++)
        {
            var pair = pairs[i];
            if (pair.Key.IsScalar && string.Equals(pair.Key.Value, key, StringComparison.Ordinal)) return pair.Value;
        }
        return null;
    }

    public YamlNode Node { get; }

    /// <summary>How messages name this mapping: <c>subnet 'subnet-a'</c>, or its path when it has no id.</summary>
    public string What => _what ??= IdText is not null ? $"{_kind} '{IdText}'" : _label.ToString();

    /// <summary>The mapping's id as written, when it has one.</summary>
    public string? IdText { get; }

    public SourceLocation Location => _ctx.At(Node);
    public ReadContext Context => _ctx;

    /// <summary>A required value was missing or invalid: the resource cannot be built.</summary>
    public bool Failed { get; private set; }

    public static MappingReader? Open(ReadContext ctx, YamlNode node, string kind, MappingLabel label, IReadOnlyCollection<string> known, string? idKey = "id")
    {
        if (!node.IsMapping)
        {
            ctx.Report(WrongType, node, label.ToString(), "a mapping");
            return null;
        }
        return new MappingReader(ctx, node, kind, label, known, idKey);
    }

    public bool Has(string key) => Find(key) is not null;

    public YamlNode? ValueNode(string key) => Find(key);

    public void Fail(bool required)
    {
        if (required) Failed = true;
    }

    /// <summary>The value when present and not null; reports PS2003 when a required key is missing or null.</summary>
    public YamlNode? Present(string key, bool required)
    {
        var value = ValueNode(key);
        if (value is not null && !value.IsNull) return value;
        if (required)
        {
            _ctx.Report(MissingKey, Node, What, key);
            Failed = true;
        }
        return null;
    }

    /// <summary>A scalar value parsed by <paramref name="parse"/>, which reports its own diagnostic on failure.</summary>
    public T? Scalar<T>(string key, bool required, Func<ReadContext, YamlNode, T?> parse) where T : struct
    {
        if (ScalarValue(key, required) is not { } value) return null;
        var result = parse(_ctx, value);
        if (result is null) Fail(required);
        return result;
    }

    /// <summary>The value when present, not null and a single value; reports PS2003 or a wrong type otherwise.</summary>
    private YamlNode? ScalarValue(string key, bool required)
    {
        var value = Present(key, required);
        if (value is null) return null;
        if (value.IsScalar) return value;
        _ctx.Report(WrongType, value, key, "a single value");
        Fail(required);
        return null;
    }

    public string? String(string key, bool required = false)
    {
        var value = Present(key, required);
        if (value is null) return null;
        if (value.IsScalar) return value.Value;
        _ctx.Report(WrongType, value, key, "a string");
        Fail(required);
        return null;
    }

    /// <summary>A region name, checked where it is written: PS2111 when it is not shaped like one, PS4007 when the built-in data does not know it.</summary>
    public string? Region(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is not null && AwsRegionName.Check(text, _ctx.At(ValueNode(key)!)) is { } problem) _ctx.Diagnostics.Add(problem);
        return text;
    }

    /// <summary>An id of this resource or of one it names: non-empty, without spaces (PS2106).</summary>
    public string? Id(string key, string kind, bool required = true)
    {
        var text = String(key, required);
        if (text is null) return null;
        if (text.Length > 0 && !HasSpaceOrControl(text)) return text;
        _ctx.Report(InvalidId, ValueNode(key)!, text, kind);
        Fail(required);
        return null;
    }

    // Bool and Int check the value as Scalar does, without a closure per call (they run per resource).
    public bool Bool(string key, bool fallback) => ScalarValue(key, false) is { } value ? ScalarParsers.Bool(_ctx, value, key) ?? fallback : fallback;

    public int? Int(string key, bool required = false)
    {
        if (ScalarValue(key, required) is not { } value) return null;
        var result = ScalarParsers.Int(_ctx, value, key);
        if (result is null) Fail(required);
        return result;
    }

    /// <summary>
    /// A list value: null or absent → absent (null), a sequence → its items. A single scalar stands for
    /// a one-item list when <paramref name="scalarAsItem"/> (so <c>uses: copy</c> works).
    /// </summary>
    public List<YamlNode>? Sequence(string key, bool required = false, bool scalarAsItem = false)
    {
        var value = ValueNode(key);
        if (value is null || value.IsNull)
        {
            if (required) Present(key, true);
            return value is null ? null : [];
        }
        if (value.IsSequence) return value.Items;
        if (scalarAsItem && value.IsScalar) return [value];
        _ctx.Report(WrongType, value, key, "a list");
        Fail(required);
        return null;
    }

    /// <summary>A list of ids; items that are not single values are reported and skipped.</summary>
    public List<string> IdList(string key, string kind, bool required = false)
    {
        var result = new List<string>();
        var items = Sequence(key, required, scalarAsItem: true);
        if (items is null) return result;
        foreach (var item in items)
        {
            if (!item.IsScalar || item.IsNull)
                _ctx.Report(WrongType, item, $"{key} item", $"a {kind} id");
            else if (HasSpaceOrControl(item.Value))
                _ctx.Report(InvalidId, item, item.Value, kind);
            else
                result.Add(item.Value);
        }
        // An empty list (`subnets: []`) is read as written: whether it may be empty is the validator's rule
        // (PS3017 for a cluster's subnet group), the same message a file, a snapshot and an edit get.
        return result;
    }

    public T? Enum<T>(string key, EnumNames<T> names, bool required = false) where T : struct =>
        Scalar(key, required, (ctx, node) => ScalarParsers.Enum(ctx, node, names));

    private static bool HasSpaceOrControl(string text)
    {
        foreach (char c in text)
            if (char.IsWhiteSpace(c) || char.IsControl(c)) return true;
        return false;
    }
}
