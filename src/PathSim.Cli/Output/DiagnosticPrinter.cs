using PathSim.Diagnostics;

namespace PathSim.Cli.Output;

/// <summary>Prints diagnostics as compilers do, <c>file:line:col: error PSnnnn: message</c>, one per line, to stderr.</summary>
public static class DiagnosticPrinter
{
    public static void Print(TextWriter error, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics) error.WriteLine(d.ToString());
    }
}
