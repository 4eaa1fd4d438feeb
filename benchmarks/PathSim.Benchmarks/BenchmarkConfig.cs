using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace PathSim.Benchmarks;

/// <summary>BenchmarkDotNet's defaults plus allocation, growth and peak working-set columns.</summary>
public static class BenchmarkConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(new ScalingColumn(), new PeakWorkingSetColumn());
}
