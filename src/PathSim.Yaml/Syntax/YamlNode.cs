namespace PathSim.Yaml.Syntax;

/// <summary>
/// One node of a loaded document with its 1-based position. Our own tree rather than YamlDotNet's
/// YamlStream: YamlStream throws on the first duplicate key (we report them all and go on) and
/// recurses without a depth guard. An alias is the very node its anchor names (shared, not copied).
/// </summary>
internal sealed class YamlNode
{
    private YamlNode(YamlNodeKind kind, int line, int column)
    {
        Kind = kind;
        Line = line;
        Column = column;
    }

    public YamlNodeKind Kind { get; }
    public int Line { get; }
    public int Column { get; }

    /// <summary>A scalar's text; empty for collections.</summary>
    public string Value { get; private init; } = "";

    /// <summary>Plain (unquoted) scalars may mean null, a boolean or a number; quoted ones are always strings.</summary>
    public bool IsPlain { get; private init; }

    // Made on first use: most nodes are scalars, and two empty lists each were a third of what a
    // large file's read allocated (benchmarks/README.md).
    private List<YamlNode>? _items;
    private List<KeyValuePair<YamlNode, YamlNode>>? _pairs;

    /// <summary>A sequence's items; empty for other nodes.</summary>
    public List<YamlNode> Items => _items ??= [];

    /// <summary>A mapping's pairs in document order, repeated keys included; empty for other nodes.</summary>
    public List<KeyValuePair<YamlNode, YamlNode>> Pairs => _pairs ??= [];

    public bool IsScalar => Kind == YamlNodeKind.Scalar;
    public bool IsMapping => Kind == YamlNodeKind.Mapping;
    public bool IsSequence => Kind == YamlNodeKind.Sequence;

    /// <summary>YAML 1.2 core schema nulls: an empty plain scalar, <c>~</c>, <c>null</c>.</summary>
    public bool IsNull => IsScalar && IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public static YamlNode Scalar(string value, bool plain, int line, int column) =>
        new(YamlNodeKind.Scalar, line, column) { Value = value, IsPlain = plain };

    public static YamlNode Collection(YamlNodeKind kind, int line, int column) => new(kind, line, column);
}
