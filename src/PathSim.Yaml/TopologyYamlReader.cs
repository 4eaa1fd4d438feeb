using System.Globalization;
using System.Text;
using PathSim.Diagnostics;
using PathSim.Validation;
using PathSim.Yaml.Schema;
using PathSim.Yaml.Syntax;
using static PathSim.Diagnostics.DiagnosticDescriptors;

namespace PathSim.Yaml;

/// <summary>
/// Reads a format-1 topology file (TOPOLOGY.md). Never throws on user input: every problem — syntax,
/// limits, schema, references — comes back as a diagnostic with file:line:column, all of them in one
/// run, and the topology only when there are no errors. The file is loaded in three bounded steps:
/// a size check, one iterative event pass that builds the node tree under <see cref="YamlReadLimits"/>,
/// then a schema walk and <see cref="TopologyValidator"/>.
/// </summary>
public static class TopologyYamlReader
{
    public static TopologyLoadResult Read(string path) => Read(path, YamlReadLimits.Default);

    public static TopologyLoadResult Read(string path, YamlReadLimits limits) => ReadFile(path, limits, validate: true);

    /// <summary>
    /// Reads a topology file that completes another topology — a Redshift overlay for a live account
    /// (docs/aws-input.md): schema-checked, but its references are left to be validated after the merge.
    /// </summary>
    public static TopologyLoadResult ReadOverlay(string path) => ReadFile(path, YamlReadLimits.Default, validate: false);

    private static TopologyLoadResult ReadFile(string path, YamlReadLimits limits, bool validate)
    {
        var where = new SourceLocation(path, 0, 0);
        string text;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return TopologyLoadResult.Failed(Diagnostic.Create(FileNotFound, where, path, "no such file"));
            // Checked before reading, so a huge file is refused without loading it.
            if (info.Length > limits.MaxFileBytes)
                return TopologyLoadResult.Failed(TooLarge(where, info.Length, limits));
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return TopologyLoadResult.Failed(Diagnostic.Create(FileNotFound, where, path, e.Message));
        }
        return Read(text, path, limits, validate);
    }

    /// <param name="text">The file's contents.</param>
    /// <param name="fileName">The name diagnostics and <see cref="Topology.NetworkTopology.Source"/> use.</param>
    public static TopologyLoadResult Read(string text, string fileName) => Read(text, fileName, YamlReadLimits.Default);

    public static TopologyLoadResult Read(string text, string fileName, YamlReadLimits limits) => Read(text, fileName, limits, validate: true);

    private static TopologyLoadResult Read(string text, string fileName, YamlReadLimits limits, bool validate)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(limits);

        // Chars never outnumber UTF-8 bytes, so the cheap test goes first.
        if (text.Length > limits.MaxFileBytes || Encoding.UTF8.GetByteCount(text) > limits.MaxFileBytes)
            return TopologyLoadResult.Failed(TooLarge(new SourceLocation(fileName, 0, 0), Encoding.UTF8.GetByteCount(text), limits));

        var context = new ReadContext(fileName);
        var root = YamlTreeLoader.Load(text, fileName, limits, context.Diagnostics);
        if (root is null) return new TopologyLoadResult(null, TopologyLoadResult.Sort(context.Diagnostics));

        var topology = new TopologyDocumentReader(context).Read(root);
        if (topology is null) return new TopologyLoadResult(null, TopologyLoadResult.Sort(context.Diagnostics));

        if (!validate) return new TopologyLoadResult(topology, TopologyLoadResult.Sort(context.Diagnostics));

        // A reference to a resource that was dropped for a schema error is not reported a second time.
        var validation = TopologyValidator.Validate(topology).Where(d =>
            !(d.Id == MissingReference.Id && d.Arguments.Length > 1 && context.DroppedIds.Contains(d.Arguments[1])));
        return new TopologyLoadResult(topology, TopologyLoadResult.Sort(context.Diagnostics.Concat(validation)));
    }

    private static Diagnostic TooLarge(SourceLocation where, long bytes, YamlReadLimits limits) =>
        Diagnostic.Create(FileTooLarge, where, bytes.ToString(CultureInfo.InvariantCulture), limits.MaxFileBytes.ToString(CultureInfo.InvariantCulture));
}
