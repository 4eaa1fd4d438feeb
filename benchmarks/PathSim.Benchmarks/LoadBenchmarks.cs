using BenchmarkDotNet.Attributes;
using PathSim.Aws;
using PathSim.Benchmarks.Snapshots;
using PathSim.Topology;

namespace PathSim.Benchmarks;

/// <summary>Reading a generated organisation from disk: the describe-JSON snapshot directory (and the YAML file).</summary>
public class LoadBenchmarks : SizedBenchmark
{
    private string _snapshot = "";

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = InputFiles.Snapshot(Size);
    }

    [Benchmark]
    public NetworkTopology LoadDescribeSnapshot() => AwsSnapshotReader.ReadDirectory(_snapshot).Topology;
}
