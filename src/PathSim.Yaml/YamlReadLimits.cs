namespace PathSim.Yaml;

/// <summary>
/// Bounds on what a topology file may cost to load, so a hostile or broken file (an alias bomb,
/// deep nesting, a huge file) is refused quickly with a diagnostic instead of exhausting memory or
/// overflowing the stack (YamlDotNet has no guard of its own; see DOTNET-NOTES.md).
/// </summary>
public sealed record YamlReadLimits
{
    public static YamlReadLimits Default { get; } = new();

    /// <summary>PS1002 above this many bytes (16 MiB).</summary>
    public long MaxFileBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>PS1004 when mappings and sequences nest deeper than this (an alias counts as the depth it expands to).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>PS1005 above this many alias uses (<c>*name</c>).</summary>
    public int MaxAliases { get; init; } = 100;

    /// <summary>PS1007 above this many nodes, counting each alias as the nodes it stands for.</summary>
    public long MaxNodes { get; init; } = 2_000_000;
}
