namespace PathSim.Testing.Tests;

/// <summary>Paths of the repository's bundled topologies and the shared real snapshots (found by walking up to PathSim.sln).</summary>
internal static class Bundled
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PathSim.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("PathSim.sln not found above the test binaries");
        }
    }

    /// <summary><c>topologies/NAME</c> as a path relative to the root (what a user's test would pass), resolved.</summary>
    public static string Topology(string name) => Path.Combine(Root, "topologies", name);

    /// <summary>A Batfish snapshot under <c>../shared/real-inputs/batfish</c>.</summary>
    public static string Snapshot(string name) => Path.GetFullPath(Path.Combine(Root, "..", "shared", "real-inputs", "batfish", name));
}
