namespace PathSim.Diagnostics;

/// <summary>
/// Where a piece of input came from: a file with 1-based line and column, or, for live AWS input,
/// the API call and resource id in <see cref="File"/> with line and column 0.
/// </summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation None => new("", 0, 0);

    /// <summary>True for <see cref="None"/> and for <c>default</c> (whose File is null), as records built in code carry.</summary>
    public bool IsNone => string.IsNullOrEmpty(File);

    public override string ToString() =>
        IsNone ? "" : Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
