using BenchmarkDotNet.Attributes;
using PathSim.Network;
using PathSim.Redshift;
using PathSim.Topology;
using PathSim.Yaml;

namespace PathSim.Benchmarks;

/// <summary>
/// <c>pathsim check</c> of every cluster against loading the file, in one class so BenchmarkDotNet's
/// Ratio column is solve time / load time measured in the same run (issue 6 goal: at most 1).
/// </summary>
public class CheckBenchmarks : SizedBenchmark
{
    private string _yaml = "";
    private NetworkTopology _topology = null!;
    private NetworkModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        _yaml = InputFiles.Yaml(Size);
        _topology = OrganisationCorpus.Topology(Size);
        _model = NetworkModel.Build(_topology);
    }

    [Benchmark(Baseline = true)]
    public NetworkTopology? LoadYaml() => TopologyYamlReader.Read(_yaml, InputFiles.YamlLimits).Topology;

    /// <summary>What <c>check</c> does after loading: build the model, then analyse every cluster (as the CLI composes it).</summary>
    [Benchmark]
    public RedshiftCheck BuildAndCheckAllClusters() => CreateAnalyzer(NetworkModel.Build(_topology)).Check(_topology);

    [Benchmark]
    public RedshiftCheck CheckAllClusters() => CreateAnalyzer(_model).Check(_topology);

    /// <summary>The composition of <c>pathsim check</c> (PathSim.Cli AnalysisComposition) over a prebuilt model: every core.</summary>
    public static RedshiftAnalyzer CreateAnalyzer(NetworkModel model) => Cli.AnalysisComposition.CreateAnalyzer(model);
}
