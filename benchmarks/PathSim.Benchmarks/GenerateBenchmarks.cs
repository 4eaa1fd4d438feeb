using BenchmarkDotNet.Attributes;
using PathSim.Generation;
using PathSim.Topology;

namespace PathSim.Benchmarks;

/// <summary>The generator itself: what every other suite's setup pays once.</summary>
public class GenerateBenchmarks : SizedBenchmark
{
    [Benchmark]
    public NetworkTopology Generate() => OrganisationGenerator.Generate(OrganisationCorpus.Options(Size.VpcCount));
}
