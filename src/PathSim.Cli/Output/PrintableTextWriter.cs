using System.Text;
using PathSim.Diagnostics;

namespace PathSim.Cli.Output;

/// <summary>
/// Every character pathsim prints goes through here (stdout and stderr, text and JSON), so text from
/// the input — ids, bucket names, values — can never reach the terminal as a control sequence or a
/// bidirectional override: it is written as <c>\uXXXX</c> (<see cref="PrintableText"/>), exactly as
/// diagnostic messages quote it. Line feeds and tabs pass. In JSON, <c>\uXXXX</c> inside a string is the
/// same character, so JSON readers see the value unchanged.
/// </summary>
public sealed class PrintableTextWriter(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    public override void Write(char value)
    {
        if (!Unsafe(value)) inner.Write(value);
        else inner.Write(PrintableText.Escape(value.ToString()));
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        if (!value.Any(Unsafe))
        {
            inner.Write(value);
            return;
        }
        var builder = new StringBuilder(value.Length + 8);
        foreach (char c in value)
            if (Unsafe(c)) PrintableText.Append(builder, c);
            else builder.Append(c);
        inner.Write(builder.ToString());
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Flush() => inner.Flush();

    /// <summary>A carriage return passes only where it is part of the line break (it could rewrite a line otherwise).</summary>
    private bool Unsafe(char c) => c is not ('\n' or '\t') && (c != '\r' || !inner.NewLine.Contains('\r')) && PrintableText.IsUnsafe(c);
}
