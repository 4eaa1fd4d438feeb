namespace PathSim.Cli.Tests;

/// <summary>A topology file written for one test and deleted after it.</summary>
public sealed class TempTopology : IDisposable
{
    public TempTopology(string text, string extension = ".yaml")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"pathsim-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(Path, text);
    }

    public string Path { get; }

    public static TempTopology FromBundled(string fileName, Func<string, string> edit) =>
        new(edit(File.ReadAllText(RepositoryPaths.Topology(fileName))));

    public void Dispose() => File.Delete(Path);
}
