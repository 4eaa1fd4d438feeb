using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace PathSim.Diagnostics;

/// <summary>One problem found in the input, as data (Roslyn's habit): descriptor + location + arguments.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceLocation Location, ImmutableArray<string> Arguments)
{
    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, params string[] arguments) =>
        new(descriptor, location, [.. arguments]);

    public string Id => Descriptor.Id;
    public DiagnosticSeverity Severity => Descriptor.Severity;
    public bool IsError => Descriptor.Severity == DiagnosticSeverity.Error;

    /// <summary>
    /// The message with its arguments, which quote the user's input, made safe to print: control characters
    /// and bidirectional overrides are written as <c>\uXXXX</c> so an id cannot rewrite a terminal line or
    /// make a log read backwards.
    /// </summary>
    public string Message =>
        string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, Arguments.Select(a => (object)Printable(a)).ToArray());

    private static string Printable(string text)
    {
        if (!text.Any(IsUnsafe)) return text;
        var builder = new StringBuilder(text.Length + 8);
        foreach (char c in text)
            if (IsUnsafe(c)) builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else builder.Append(c);
        return builder.ToString();
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary><c>file:line:col: error PS2103: message</c>, as compilers print it.</summary>
    public override string ToString()
    {
        string severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        string where = Location.ToString();
        return where.Length == 0 ? $"{severity} {Id}: {Message}" : $"{where}: {severity} {Id}: {Message}";
    }
}
