namespace PathSim.Aws.Tests;

/// <summary>The shared real inputs (../shared/real-inputs beside the repository root, found by walking up to PathSim.sln).</summary>
internal static class RealInputs
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Root { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "real-inputs"));

    /// <summary>Small describe outputs written for these tests (tests/PathSim.Aws.Tests/Fixtures).</summary>
    public static string Fixture(string name) => Path.Combine(RepositoryRoot, "tests", "PathSim.Aws.Tests", "Fixtures", name);

    public static string Batfish(string snapshot) => Path.Combine(Root, "batfish", snapshot, "aws_configs");

    public static IEnumerable<string> BatfishSnapshots =>
        Directory.GetDirectories(Path.Combine(Root, "batfish")).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static string CloudMapper => Path.Combine(Root, "cloudmapper", "account-data", "demo", "us-east-1");

    public static string Ec2ApiSample(string operation) => Path.Combine(Root, "aws-ec2-api-reference", $"{operation}.sample-response.xml");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PathSim.sln")))
                return dir.FullName;
        throw new InvalidOperationException("PathSim.sln not found above " + AppContext.BaseDirectory);
    }
}
