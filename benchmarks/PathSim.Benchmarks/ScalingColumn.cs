using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PathSim.Benchmarks;

/// <summary>
/// Growth from the next smaller size measured in the same run: (time ratio) / (VPC-count ratio).
/// 1.00 is linear, below 1 better than linear, above 1 worse (issue 6: "linear or better").
/// </summary>
public sealed class ScalingColumn : IColumn
{
    public string Id => nameof(ScalingColumn);
    public string ColumnName => "Growth";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Time ratio to the next smaller size divided by its VPC-count ratio (1.00 = linear)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Parameters["Size"] is not OrganisationScale size) return "-";
        var smaller = summary.BenchmarksCases
            .Where(c => c.Descriptor == benchmarkCase.Descriptor && c.Job == benchmarkCase.Job
                && c.Parameters["Size"] is OrganisationScale s && s.VpcCount < size.VpcCount)
            .OrderByDescending(c => ((OrganisationScale)c.Parameters["Size"]).VpcCount)
            .FirstOrDefault();
        if (smaller is null) return "-";
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var smallerMean = summary[smaller]?.ResultStatistics?.Mean;
        if (mean is null || smallerMean is null or 0) return "?";
        double growth = mean.Value / smallerMean.Value / ((double)size.VpcCount / ((OrganisationScale)smaller.Parameters["Size"]).VpcCount);
        return growth.ToString("0.00", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public override string ToString() => ColumnName;
}
