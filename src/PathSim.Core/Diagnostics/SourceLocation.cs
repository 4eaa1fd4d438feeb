namespace PathSim.Diagnostics;

/// <summary>
/// Where a piece of input came from: a file with 1-based line and column, or, for live AWS input,
/// the API call and resource id in <see cref="File"/> with line and column 0.
/// </summary>
public readonly record struct SourceLocation(string File, int Line, int Column) : IComparable<SourceLocation>
{
    public static SourceLocation None => new("", 0, 0);

    /// <summary>True for <see cref="None"/> and for <c>default</c> (whose File is null), as records built in code carry.</summary>
    public bool IsNone => string.IsNullOrEmpty(File);

    /// <summary>By file (ordinal), then line, then column: the order diagnostics are listed in.</summary>
    public int CompareTo(SourceLocation other)
    {
        int c = string.CompareOrdinal(File, other.File);
        if (c != 0) return c;
        c = Line.CompareTo(other.Line);
        return c != 0 ? c : Column.CompareTo(other.Column);
    }

    public override string ToString() =>
        IsNone ? "" : Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
