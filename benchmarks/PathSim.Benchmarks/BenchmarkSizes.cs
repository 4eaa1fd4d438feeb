namespace PathSim.Benchmarks;

/// <summary>
/// The organisation sizes a run measures. <c>--sizes S,M</c> on the command line (or the
/// PATHSIM_BENCH_SIZES variable, which the benchmark child processes inherit) picks them; the default
/// is S and M so a short job stays short, and the full job adds L.
/// </summary>
public static class BenchmarkSizes
{
    public const string Variable = "PATHSIM_BENCH_SIZES";

    public static IEnumerable<OrganisationScale> Selected =>
        (Environment.GetEnvironmentVariable(Variable) ?? "S,M")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(OrganisationScale.Parse)
            .OrderBy(s => s.VpcCount);
}
