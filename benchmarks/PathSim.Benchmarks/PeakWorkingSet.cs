using System.Diagnostics;
using System.Globalization;

namespace PathSim.Benchmarks;

/// <summary>
/// Carries each benchmark process's peak working set to the host's <see cref="PeakWorkingSetColumn"/>:
/// BenchmarkDotNet runs every benchmark case in its own process, so the child records its peak in a
/// file at global cleanup and the host reads it when it prints the summary.
/// </summary>
public static class PeakWorkingSet
{
    public static string Directory => Path.Combine(Path.GetTempPath(), "pathsim-benchmarks", "peak-working-set");

    public static string FileFor(string suite, string size) => Path.Combine(Directory, $"{suite}-{size}.txt");

    /// <summary>Records the larger of this process's peak and what an earlier case of the same suite and size recorded.</summary>
    public static void Record(string suite, string size)
    {
        System.IO.Directory.CreateDirectory(Directory);
        long peak;
        using (var self = Process.GetCurrentProcess()) peak = self.PeakWorkingSet64;
        var file = FileFor(suite, size);
        if (Read(file) is { } earlier && earlier > peak) peak = earlier;
        File.WriteAllText(file, peak.ToString(CultureInfo.InvariantCulture));
    }

    public static long? Read(string file) =>
        File.Exists(file) && long.TryParse(File.ReadAllText(file), NumberStyles.None, CultureInfo.InvariantCulture, out long bytes) ? bytes : null;

    public static void Reset()
    {
        if (System.IO.Directory.Exists(Directory)) System.IO.Directory.Delete(Directory, recursive: true);
    }
}
