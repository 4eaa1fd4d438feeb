using PathSim.Aws;
using PathSim.Benchmarks.Snapshots;
using PathSim.Yaml;

namespace PathSim.Benchmarks;

/// <summary>
/// The generated organisations written to disk once per size (in the temp directory), and checked to
/// load without errors, so a benchmark never measures a reader rejecting its input.
/// </summary>
public static class InputFiles
{
    /// <summary>The reader's limits, raised for the L file only if pathsim's defaults would refuse it (the README says so).</summary>
    public static YamlReadLimits YamlLimits { get; } = YamlReadLimits.Default;

    public static string Yaml(OrganisationScale size)
    {
        var file = Path.Combine(OrganisationCorpus.ScratchDirectory(size), "organisation.yaml");
        TopologyYamlWriter.WriteFile(OrganisationCorpus.Topology(size), file);
        var read = TopologyYamlReader.Read(file, YamlLimits);
        if (read.HasErrors)
            throw new InvalidOperationException($"the generated {size} YAML does not load: {string.Join("; ", read.Diagnostics.Where(d => d.IsError).Take(5))}");
        return file;
    }

    public static string Snapshot(OrganisationScale size)
    {
        var dir = Path.Combine(OrganisationCorpus.ScratchDirectory(size), "snapshot");
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        DescribeSnapshotWriter.Write(OrganisationCorpus.Topology(size), dir);
        var read = AwsSnapshotReader.ReadDirectory(dir);
        if (read.HasErrors)
            throw new InvalidOperationException($"the generated {size} snapshot does not load: {string.Join("; ", read.Diagnostics.Where(d => d.IsError).Take(5))}");
        return dir;
    }
}
