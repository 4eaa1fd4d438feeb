using BenchmarkDotNet.Attributes;
using PathSim.Network;
using PathSim.Topology;

namespace PathSim.Benchmarks;

/// <summary>Compiling a topology into the network model both engines walk (done once per run of pathsim).</summary>
public class ModelBuildBenchmarks : SizedBenchmark
{
    private NetworkTopology _topology = null!;

    [GlobalSetup]
    public void Setup() => _topology = OrganisationCorpus.Topology(Size);

    [Benchmark]
    public NetworkModel BuildNetworkModel() => NetworkModel.Build(_topology);
}
