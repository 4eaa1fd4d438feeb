using PathSim.Cli.Output;
using PathSim.Diagnostics;
using PathSim.Topology;
using PathSim.Policies;
using PathSim.Validation;

namespace PathSim.Cli.Loading;

/// <summary>
/// Dispatches a TOPOLOGY argument to the first loader that reads it (CLI.md: a YAML file or a snapshot
/// directory), then checks the policy documents it holds (PS2107), so no analysis runs on a policy
/// that does not parse.
/// </summary>
public sealed class TopologyLoaders(IReadOnlyList<ITopologyLoader> loaders)
{
    /// <summary>Loads, reports every diagnostic, and returns the topology unless there were errors (exit 2).</summary>
    public NetworkTopology? LoadAndReport(string path, string? region, CommandReport report)
    {
        var loaded = Load(path, region);
        report.Add(loaded.Diagnostics);
        return loaded.Topology;
    }

    public TopologyLoadResult Load(string path, string? region = null)
    {
        var loader = loaders.FirstOrDefault(l => l.CanLoad(path));
        if (loader is null)
            return TopologyLoadResult.Failed(Diagnostic.Create(DiagnosticDescriptors.FileNotFound, new SourceLocation(path, 0, 0), path, "not a topology file or snapshot directory"));
        return CheckPolicies(loader.Load(path, region));
    }

    /// <summary>Adds the policy documents' diagnostics (PS2107) to a loaded topology's.</summary>
    public TopologyLoadResult CheckPolicies(TopologyLoadResult loaded)
    {
        if (!loaded.Succeeded) return loaded;
        var policies = TopologyPolicies.Parse(loaded.Topology).Diagnostics;
        return policies.IsEmpty ? loaded : new TopologyLoadResult(loaded.Topology, TopologyLoadResult.Sort(loaded.Diagnostics.Concat(policies)));
    }
}
