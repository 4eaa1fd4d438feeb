namespace PathSim.Aws.Tests;

/// <summary>A temporary snapshot directory: copies of real files plus small hand-written ones; deleted on dispose.</summary>
internal sealed class SnapshotFixture : IDisposable
{
    public SnapshotFixture() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "pathsim-aws-" + Guid.NewGuid().ToString("N"));

    /// <summary>Copies every JSON file of <paramref name="sourceDirectory"/> into <paramref name="relative"/> (e.g. a region folder).</summary>
    public SnapshotFixture CopyFrom(string sourceDirectory, string relative = "")
    {
        var target = Path.Combine(Root, relative);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(sourceDirectory, "*.json"))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return this;
    }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
