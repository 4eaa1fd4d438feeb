using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PathSim.Benchmarks;

/// <summary>The benchmark process's peak working set (max over the suite's cases at that size), from <see cref="PeakWorkingSet"/>.</summary>
public sealed class PeakWorkingSetColumn : IColumn
{
    public string Id => nameof(PeakWorkingSetColumn);
    public string ColumnName => "Peak WS";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 1;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Peak working set of the benchmark process (whole process, max over the suite's benchmarks at this size)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Parameters["Size"] is not OrganisationScale size) return "-";
        var bytes = PeakWorkingSet.Read(PeakWorkingSet.FileFor(SizedBenchmark.SuiteName(benchmarkCase.Descriptor.Type), size.Name));
        return bytes is null ? "-" : (bytes.Value / (1024.0 * 1024.0)).ToString("N0", CultureInfo.InvariantCulture) + " MiB";
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public override string ToString() => ColumnName;
}
