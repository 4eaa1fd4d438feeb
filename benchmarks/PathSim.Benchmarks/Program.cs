using BenchmarkDotNet.Running;

namespace PathSim.Benchmarks;

/// <summary>
/// <c>[--sizes S,M,L] BenchmarkDotNet-arguments</c> runs the suites (see benchmarks/README.md);
/// <c>[--sizes …] verify</c> writes and reads back each size's inputs once (a smoke check);
/// <c>startup … -- COMMAND</c> times a whole command against a baseline (<see cref="WholeProcessComparison"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var rest = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--sizes" && i + 1 < args.Length) Environment.SetEnvironmentVariable(BenchmarkSizes.Variable, args[++i]);
            else rest.Add(args[i]);
        }
        if (rest is ["verify"]) return InputCheck.Run();
        if (rest is ["startup", .. var startup]) return WholeProcessComparison.Run(startup);
        PeakWorkingSet.Reset();
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. rest], BenchmarkConfig.Create());
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
