using System.Collections.Concurrent;
using PathSim.Generation;
using PathSim.Topology;

namespace PathSim.Benchmarks;

/// <summary>Generated organisations by size (seed 1, as benchmarks/README.md reports), made once per process.</summary>
public static class OrganisationCorpus
{
    public const long Seed = 1;

    private static readonly ConcurrentDictionary<int, NetworkTopology> Topologies = new();

    public static NetworkTopology Topology(OrganisationScale size) =>
        Topologies.GetOrAdd(size.VpcCount, vpcs => OrganisationGenerator.Generate(Options(vpcs)));

    public static OrganisationOptions Options(int vpcs) => new() { VpcCount = vpcs, Seed = Seed };

    /// <summary>A scratch directory for files written from generated topologies (YAML, describe JSON).</summary>
    public static string ScratchDirectory(OrganisationScale size)
    {
        var dir = Path.Combine(Path.GetTempPath(), "pathsim-benchmarks", $"{size.Name}-seed{Seed}");
        Directory.CreateDirectory(dir);
        return dir;
    }
}
