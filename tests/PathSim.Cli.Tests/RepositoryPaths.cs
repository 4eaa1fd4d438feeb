namespace PathSim.Cli.Tests;

/// <summary>Finds the repository root (the directory holding PathSim.sln) from the test's working directory.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Topologies => Path.Combine(Root, "topologies");

    public static string Topology(string fileName) => Path.Combine(Topologies, fileName);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PathSim.sln"))) return dir.FullName;
        throw new InvalidOperationException("PathSim.sln not found above " + AppContext.BaseDirectory);
    }
}
