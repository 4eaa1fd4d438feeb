using BenchmarkDotNet.Attributes;
using PathSim.Aws;
using PathSim.Topology;
using PathSim.Yaml;

namespace PathSim.Benchmarks;

/// <summary>Reading a generated organisation from disk: the describe-JSON snapshot directory (and the YAML file).</summary>
public class LoadBenchmarks : SizedBenchmark
{
    private string _snapshot = "";
    private string _yaml = "";

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = InputFiles.Snapshot(Size);
        _yaml = InputFiles.Yaml(Size);
    }

    [Benchmark]
    public NetworkTopology? LoadYaml() => TopologyYamlReader.Read(_yaml, InputFiles.YamlLimits).Topology;

    [Benchmark]
    public NetworkTopology LoadDescribeSnapshot() => AwsSnapshotReader.ReadDirectory(_snapshot).Topology;
}
