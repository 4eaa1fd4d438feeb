namespace PathSim.Core.Tests;

/// <summary>Finds the repository root (the folder holding PathSim.sln) and the shared real inputs next to it.</summary>
internal static class RepositoryPaths
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

    /// <summary><c>../shared/real-inputs</c> relative to the root; may be absent on a user's machine.</summary>
    public static string RealInputs => Path.GetFullPath(Path.Combine(Root, "..", "shared", "real-inputs"));
}
