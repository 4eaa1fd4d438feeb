using PathSim.Diagnostics;
using PathSim.Yaml.Syntax;

namespace PathSim.Yaml.Schema;

/// <summary>What every part of one file read shares: the file name and the diagnostics found so far.</summary>
internal sealed class ReadContext(string file)
{
    public string File { get; } = file;
    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>
    /// Ids of resources dropped because of schema errors. A reference to one of them is not reported
    /// again as a missing reference (PS3002): the first error is the one to fix.
    /// </summary>
    public HashSet<string> DroppedIds { get; } = new(StringComparer.Ordinal);

    public SourceLocation At(YamlNode node) => new(File, node.Line, node.Column);

    public void Report(DiagnosticDescriptor descriptor, YamlNode at, params string[] arguments) =>
        Diagnostics.Add(Diagnostic.Create(descriptor, At(at), arguments));
}
