using BenchmarkDotNet.Attributes;

namespace PathSim.Benchmarks;

/// <summary>A suite measured at each selected organisation size, recording its process's peak working set.</summary>
public abstract class SizedBenchmark
{
    public static IEnumerable<OrganisationScale> Sizes => BenchmarkSizes.Selected;

    [ParamsSource(nameof(Sizes))]
    public OrganisationScale Size { get; set; } = OrganisationScale.Parse("S");

    [GlobalCleanup]
    public void RecordPeakWorkingSet() => PeakWorkingSet.Record(SuiteName(GetType()), Size.Name);

    /// <summary>The suite class's name (BenchmarkDotNet runs a generated subclass of it).</summary>
    public static string SuiteName(Type type)
    {
        while (type.BaseType is { } parent && parent != typeof(SizedBenchmark)) type = parent;
        return type.Name;
    }
}
