using PathSim.Validation;

namespace PathSim.Cli.Loading;

/// <summary>Reads one kind of TOPOLOGY argument (a YAML file, a describe-* snapshot directory) into the one model.</summary>
public interface ITopologyLoader
{
    /// <summary>Whether this loader reads <paramref name="path"/> (a file, a directory).</summary>
    bool CanLoad(string path);

    /// <summary>Never throws on user input: problems are diagnostics in the result.</summary>
    /// <param name="region">The <c>--region</c> option: region of snapshot files that sit directly in the directory.</param>
    TopologyLoadResult Load(string path, string? region);
}
