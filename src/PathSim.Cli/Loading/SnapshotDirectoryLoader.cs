using PathSim.Aws;
using PathSim.Validation;

namespace PathSim.Cli.Loading;

/// <summary>A directory of AWS describe-* JSON outputs in Batfish's layout (CLI.md, "AWS describe snapshots"), read and validated.</summary>
public sealed class SnapshotDirectoryLoader : ITopologyLoader
{
    public bool CanLoad(string path) => Directory.Exists(path);

    public TopologyLoadResult Load(string path, string? region) => AwsSnapshotReader.Load(path, region);
}
