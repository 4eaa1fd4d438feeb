using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PathSim.Diagnostics;
using PathSim.Topology;
using PathSim.Validation;
using PathSim.Yaml.Schema;
using PathSim.Yaml.Syntax;
using static PathSim.Diagnostics.DiagnosticDescriptors;

namespace PathSim.Yaml.Edits;

/// <summary>
/// Reads an edits file (docs/whatif.md) against the topology it edits. Same guarantees as the
/// topology reader, through the same code: size cap, the bounded node-tree loader (depth, aliases,
/// nodes), unknown keys reported with line:column, every problem in one run, never an exception.
/// </summary>
public static class EditsYamlReader
{
    public static EditsLoadResult Read(string path, NetworkTopology topology) => Read(path, topology, YamlReadLimits.Default);

    public static EditsLoadResult Read(string path, NetworkTopology topology, YamlReadLimits limits)
    {
        var where = new SourceLocation(path, 0, 0);
        string text;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return Failed(Diagnostic.Create(FileNotFound, where, path, "no such file"));
            if (info.Length > limits.MaxFileBytes) return Failed(TooLarge(where, info.Length, limits));
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Failed(Diagnostic.Create(FileNotFound, where, path, e.Message));
        }
        return Read(text, path, topology, limits);
    }

    public static EditsLoadResult Read(string text, string fileName, NetworkTopology topology, YamlReadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(topology);
        if (text.Length > limits.MaxFileBytes || Encoding.UTF8.GetByteCount(text) > limits.MaxFileBytes)
            return Failed(TooLarge(new SourceLocation(fileName, 0, 0), Encoding.UTF8.GetByteCount(text), limits));

        var context = new ReadContext(fileName);
        var root = YamlTreeLoader.Load(text, fileName, limits, context.Diagnostics);
        // The loader speaks of topologies; an empty edits file holds no edits.
        for (int i = 0; i < context.Diagnostics.Count; i++)
            if (context.Diagnostics[i].Id == EmptyDocument.Id)
                context.Diagnostics[i] = Diagnostic.Create(EmptyEditsDocument, context.Diagnostics[i].Location);
        var edits = root is null ? [] : new EditDocumentReader(context, topology).Read(root);
        var diagnostics = TopologyLoadResult.Sort(context.Diagnostics);
        return new EditsLoadResult(diagnostics.Any(d => d.IsError) ? [] : [.. edits], diagnostics);
    }

    private static EditsLoadResult Failed(Diagnostic diagnostic) => new([], [diagnostic]);

    private static Diagnostic TooLarge(SourceLocation where, long bytes, YamlReadLimits limits) =>
        Diagnostic.Create(FileTooLarge, where, bytes.ToString(CultureInfo.InvariantCulture), limits.MaxFileBytes.ToString(CultureInfo.InvariantCulture));
}
