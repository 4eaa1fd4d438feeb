using System.Diagnostics;
using System.Globalization;

namespace PathSim.Benchmarks;

/// <summary>
/// <c>startup [-n RUNS] --vs 'BASELINE COMMAND' -- COMMAND ARGS…</c>: times two whole processes in turn
/// (A B A B …, after one warm-up each) under <c>/usr/bin/time</c>, and prints the median wall time and
/// peak resident set of each and the median of the pairwise ratios A/B, so a comparison holds while a
/// shared machine's speed drifts. Used to compare <c>pathsim check</c> with a hello-world runtime start.
/// </summary>
public static class WholeProcessComparison
{
    public static int Run(IReadOnlyList<string> args)
    {
        int runs = 10;
        string? baseline = null;
        int i = 0;
        for (; i < args.Count && args[i] != "--"; i++)
        {
            if (args[i] == "-n" && i + 1 < args.Count) runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--vs" && i + 1 < args.Count) baseline = args[++i];
            else return Usage($"unknown argument '{args[i]}'");
        }
        var command = args.Skip(i + 1).ToArray();
        if (command.Length == 0 || baseline is null) return Usage("give --vs 'BASELINE' and -- COMMAND");
        var other = baseline.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        Measure(command);
        Measure(other);
        var a = new List<Sample>();
        var b = new List<Sample>();
        for (int run = 0; run < runs; run++)
        {
            a.Add(Measure(command));
            b.Add(Measure(other));
        }
        Console.WriteLine($"A: {string.Join(' ', command)}   (exit {a[^1].ExitCode})");
        Console.WriteLine($"B: {string.Join(' ', other)}   (exit {b[^1].ExitCode})");
        Console.WriteLine($"{runs} runs each, alternating, after one warm-up; median [min - max]");
        Console.WriteLine($"  wall A      {Row(a.Select(s => s.WallSeconds), "0.000")} s");
        Console.WriteLine($"  wall B      {Row(b.Select(s => s.WallSeconds), "0.000")} s");
        Console.WriteLine($"  wall A/B    {Row(a.Zip(b, (x, y) => x.WallSeconds / y.WallSeconds), "0.00")}");
        Console.WriteLine($"  peak RSS A  {Row(a.Select(s => s.PeakRssKiB / 1024.0), "0.0")} MiB");
        Console.WriteLine($"  peak RSS B  {Row(b.Select(s => s.PeakRssKiB / 1024.0), "0.0")} MiB");
        return 0;
    }

    private sealed record Sample(double WallSeconds, long PeakRssKiB, int ExitCode);

    private static Sample Measure(string[] command)
    {
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-f");
        start.ArgumentList.Add("PATHSIM-RSS %M");
        foreach (var part in command) start.ArgumentList.Add(part);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start /usr/bin/time");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        _ = stdout.Result;
        var line = stderr.Split('\n').LastOrDefault(l => l.StartsWith("PATHSIM-RSS ", StringComparison.Ordinal));
        long rss = line is null ? 0 : long.Parse(line["PATHSIM-RSS ".Length..], CultureInfo.InvariantCulture);
        return new Sample(clock.Elapsed.TotalSeconds, rss, process.ExitCode);
    }

    private static string Row(IEnumerable<double> values, string format)
    {
        var sorted = values.Order().ToList();
        double median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        return $"{median.ToString(format, CultureInfo.InvariantCulture)} [{sorted[0].ToString(format, CultureInfo.InvariantCulture)} - {sorted[^1].ToString(format, CultureInfo.InvariantCulture)}]";
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"startup: {problem}");
        Console.Error.WriteLine("usage: startup [-n RUNS] --vs 'BASELINE COMMAND' -- COMMAND ARGS...");
        return 2;
    }
}
