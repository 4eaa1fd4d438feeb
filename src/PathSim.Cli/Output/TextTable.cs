using PathSim.Diagnostics;

namespace PathSim.Cli.Output;

/// <summary>A plain left-aligned text table: columns padded to their widest cell, two spaces apart.</summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells)
    {
        if (cells.Length != headers.Length) throw new ArgumentException($"expected {headers.Length} cells", nameof(cells));
        // Escaped before the widths are measured, so a cell with a control or bidi character keeps its column.
        _rows.Add([.. cells.Select(PrintableText.Escape)]);
    }

    public void Write(TextWriter output, string indent)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => r[i].Length))).ToArray();
        WriteRow(output, indent, headers, widths);
        foreach (var row in _rows) WriteRow(output, indent, row, widths);
    }

    private static void WriteRow(TextWriter output, string indent, string[] cells, int[] widths)
    {
        var line = string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i])));
        output.WriteLine(indent + line.TrimEnd());
    }
}
