using System.Collections.Immutable;
using System.Globalization;

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
    /// The message with its arguments, which quote the user's input, made safe to print (<see cref="PrintableText"/>):
    /// control characters and bidirectional overrides are written as <c>\uXXXX</c>.
    /// </summary>
    public string Message =>
        string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, Arguments.Select(a => (object)PrintableText.Escape(a)).ToArray());

    /// <summary><c>file:line:col: error PS2103: message</c>, as compilers print it.</summary>
    public override string ToString()
    {
        string severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        string where = Location.ToString();
        return where.Length == 0 ? $"{severity} {Id}: {Message}" : $"{where}: {severity} {Id}: {Message}";
    }
}
