namespace PathSim.Yaml.Schema;

/// <summary>
/// How messages name a mapping without an id: <c>routes[3] of route table 'rtb-1'</c>. Built only when
/// a message needs it — a large file has hundreds of thousands of mappings and almost never a message,
/// and formatting every path up front was a measurable share of reading one (benchmarks/README.md).
/// </summary>
internal readonly struct MappingLabel
{
    private readonly string? _text;
    private readonly string? _key;
    private readonly int _index;
    private readonly MappingReader? _owner;

    private MappingLabel(string? text, string? key, int index, MappingReader? owner)
    {
        _text = text;
        _key = key;
        _index = index;
        _owner = owner;
    }

    public static implicit operator MappingLabel(string text) => new(text, null, 0, null);

    /// <summary>The <paramref name="index"/>th item of the list under <paramref name="key"/>, inside <paramref name="owner"/> when given.</summary>
    public static MappingLabel Item(string key, int index, MappingReader? owner = null) => new(null, key, index, owner);

    public override string ToString() =>
        _text ?? (_owner is null
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_key}[{_index}]")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_key}[{_index}] of {_owner.What}"));
}
