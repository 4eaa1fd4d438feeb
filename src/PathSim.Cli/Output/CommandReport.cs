using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PathSim.Diagnostics;

namespace PathSim.Cli.Output;

/// <summary>
/// The diagnostics of one command run. Each is printed to stderr as compilers print them when it is
/// reported; when the run ends in invalid input (exit 2) under <c>--format json</c>, stdout also gets one
/// JSON document, <c>{"diagnostics": [...]}</c>, so a script that parses stdout is never left with nothing.
/// </summary>
public sealed class CommandReport(TextWriter output, TextWriter error, OutputFormat format)
{
    private readonly List<Diagnostic> _diagnostics = [];

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public bool HasErrors => _diagnostics.Any(d => d.IsError);

    public void Add(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _diagnostics.Add(diagnostic);
            error.WriteLine(diagnostic.ToString());
        }
    }

    /// <summary>Reports an invalid command-line value (PS7001), e.g. <c>("--to", "'x' is not an IP address")</c>, and ends the run.</summary>
    public int InvalidArgument(string argument, string problem) =>
        InvalidInput(Diagnostic.Create(DiagnosticDescriptors.InvalidArgument, SourceLocation.None, argument, problem));

    /// <summary>Whether <paramref name="e"/> is a failure to write an output file (reported as PS7002), not a bug.</summary>
    public static bool IsWriteFailure(Exception e) => e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException;

    /// <summary>Reports that <paramref name="path"/> could not be written (PS7002) and ends the run.</summary>
    public int CannotWrite(string path, Exception e) =>
        InvalidInput(Diagnostic.Create(DiagnosticDescriptors.CannotWriteOutput, SourceLocation.None, path, e.Message.TrimEnd('.')));

    /// <summary>Ends the run with exit 2, after reporting <paramref name="last"/> if given.</summary>
    public int InvalidInput(Diagnostic? last = null)
    {
        if (last is not null) Add([last]);
        if (format == OutputFormat.Json) WriteJson();
        return ExitCodes.InvalidInput;
    }

    /// <summary>
    /// <c>"diagnostics": [{id, severity, message, file, line, column}]</c>: every object has the README's six
    /// keys; a diagnostic about no file (an argument, PS7001) has file null, line and column 0.
    /// </summary>
    public static void WriteDiagnostics(Utf8JsonWriter json, IEnumerable<Diagnostic> diagnostics)
    {
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("id", diagnostic.Id);
            json.WriteString("severity", diagnostic.IsError ? "error" : "warning");
            json.WriteString("message", diagnostic.Message);
            if (diagnostic.Location.IsNone) json.WriteNull("file");
            else json.WriteString("file", diagnostic.Location.File);
            json.WriteNumber("line", diagnostic.Location.Line);
            json.WriteNumber("column", diagnostic.Location.Column);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private void WriteJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            WriteDiagnostics(json, _diagnostics);
            json.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
