using PathSim.Aws.Snapshots;
using PathSim.Diagnostics;
using PathSim.Services;
using PathSim.Topology;
using PathSim.Validation;

namespace PathSim.Aws;

/// <summary>
/// Reads a directory of <c>aws … describe-*</c> JSON outputs in Batfish's layout (CLI.md, "AWS describe
/// snapshots") into a <see cref="NetworkTopology"/>. User input never throws: problems are diagnostics.
/// </summary>
public static class AwsSnapshotReader
{
    /// <summary>Batfish's default when files sit directly in the snapshot directory.</summary>
    public const string DefaultRegion = "us-west-2";

    /// <summary>The top-level keys pathsim reads; any other key is reported once as not modelled (PS4001).</summary>
    public static IReadOnlyCollection<string> ModelledKeys => DescribeOutputReader.ModelledKeys;

    /// <summary>Whether <paramref name="path"/> is a directory holding describe outputs in the snapshot layout.</summary>
    public static bool IsSnapshotDirectory(string path) => Directory.Exists(path) && SnapshotDirectory.LooksLikeSnapshot(path);

    /// <summary>Reads and validates a snapshot directory: the result the CLI's loaders hand out.</summary>
    public static TopologyLoadResult Load(string directory, string? defaultRegion = null, IEnumerable<string>? extraFiles = null) =>
        ReadDirectory(directory, defaultRegion, extraFiles).Validate();

    /// <summary>Reads a snapshot directory without validating it (validate after merging an overlay).</summary>
    /// <param name="directory">The snapshot directory (or a snapshot root holding <c>aws_configs/</c>).</param>
    /// <param name="defaultRegion">Region of files directly in the directory (<c>--region</c>).</param>
    /// <param name="extraFiles">More describe outputs to merge in, such as a Redshift describe-clusters file.</param>
    public static AwsReadResult ReadDirectory(string directory, string? defaultRegion = null, IEnumerable<string>? extraFiles = null)
    {
        string region = defaultRegion ?? DefaultRegion;
        var content = new SnapshotContent();
        if (!Directory.Exists(directory))
        {
            content.Report(DiagnosticDescriptors.FileNotFound, new SourceLocation(directory, 0, 0), directory, "no such directory");
            return Finish(content, directory, region);
        }
        var (entries, skipped) = SnapshotDirectory.Enumerate(directory, region);
        if (entries.Count == 0)
            content.Report(DiagnosticDescriptors.EmptySnapshotDirectory, new SourceLocation(directory, 0, 0));
        foreach (var folder in skipped)
            content.Report(DiagnosticDescriptors.UnmodelledResource, new SourceLocation(folder, 0, 0), "folder", Path.GetFileName(folder),
                "its name is not an AWS region (the layout is DIR/[accounts/ACCOUNT/]REGION/*.json), so its files are not read");
        // A region folder (or --region for files directly in DIR) that the built-in address data does not know: PS4007, or PS2111 when malformed.
        foreach (var entryRegion in entries.Select(e => e.Region).Distinct().Order(StringComparer.Ordinal))
            if (AwsRegionName.Check(entryRegion, new SourceLocation(directory, 0, 0)) is { } problem) content.Diagnostics.Add(problem);
        // Files outside a region folder, read without --region: say which region was assumed (PS4012), as a
        // wrong one changes every service address, endpoint and bucket decision (finding: a us-east-2 flat snapshot).
        if (defaultRegion is null && entries.FirstOrDefault(e => Path.GetFileName(Path.GetDirectoryName(e.Path)) != e.Region && e.Region == region) is { } flat)
        {
            string folder = Path.GetDirectoryName(flat.Path)!;
            content.Report(DiagnosticDescriptors.SnapshotDefaultRegion, new SourceLocation(folder, 0, 0), folder, region);
        }
        foreach (var entry in entries)
            SnapshotFile.Read(entry.Path, entry.Region, entry.Account, content);
        foreach (var file in extraFiles ?? [])
            SnapshotFile.Read(file, region, null, content);
        return Finish(content, directory, region);
    }

    internal static AwsReadResult Finish(SnapshotContent content, string source, string defaultRegion)
    {
        var topology = TopologyAssembler.Assemble(content, source, defaultRegion);
        return new AwsReadResult(topology, [.. content.Diagnostics]);
    }
}
