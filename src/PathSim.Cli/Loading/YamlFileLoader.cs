using PathSim.Validation;
using PathSim.Yaml;

namespace PathSim.Cli.Loading;

/// <summary>A topology YAML file (TOPOLOGY.md): anything that is not a directory.</summary>
public sealed class YamlFileLoader : ITopologyLoader
{
    public bool CanLoad(string path) => !Directory.Exists(path);

    public TopologyLoadResult Load(string path, string? region) => TopologyYamlReader.Read(path);
}
