namespace PathSim.Cli.Loading;

/// <summary>
/// Live-read progress on stderr, written as it happens (System's Progress&lt;T&gt; posts to the thread pool and
/// could reorder lines), so stdout keeps only the report.
/// </summary>
public sealed class StderrProgress(TextWriter error) : IProgress<string>
{
    public void Report(string value) => error.WriteLine($"pathsim: {value}");
}
