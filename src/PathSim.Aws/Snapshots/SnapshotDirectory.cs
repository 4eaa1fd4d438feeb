using PathSim.Services;

namespace PathSim.Aws.Snapshots;

/// <summary>
/// Batfish's snapshot layout: <c>DIR/[accounts/&lt;account&gt;/]&lt;region&gt;/&lt;anything&gt;.json</c>, or JSON files
/// directly in <c>DIR</c> (then the region is the default). A snapshot root holding <c>aws_configs/</c> is
/// accepted too. File names do not matter; the order is ordinal by path, so loads are reproducible.
/// </summary>
internal static class SnapshotDirectory
{
    public sealed record Entry(string Path, string Region, string? Account);

    /// <summary>The snapshot's files, and the folders that hold JSON but are not named like a region (not read).</summary>
    public static (IReadOnlyList<Entry> Files, IReadOnlyList<string> Skipped) Enumerate(string directory, string defaultRegion)
    {
        var aws = Path.Combine(directory, "aws_configs");
        if (Directory.Exists(aws)) directory = aws;
        var entries = new List<Entry>();
        var skipped = new List<string>();
        AddRegionTree(directory, defaultRegion, null, entries, skipped);
        var accounts = Path.Combine(directory, "accounts");
        if (Directory.Exists(accounts))
            foreach (var account in Sorted(Directory.GetDirectories(accounts)))
                AddRegionTree(account, defaultRegion, Path.GetFileName(account), entries, skipped);
        return (entries, skipped);
    }

    /// <summary>Whether the directory looks like a snapshot at all (JSON files at one of the layout's levels).</summary>
    public static bool LooksLikeSnapshot(string directory) => Enumerate(directory, "us-west-2").Files.Count > 0;

    private static void AddRegionTree(string directory, string defaultRegion, string? account, List<Entry> entries, List<string> skipped)
    {
        foreach (var file in Sorted(Directory.GetFiles(directory, "*.json")))
            entries.Add(new Entry(file, defaultRegion, account));
        foreach (var sub in Sorted(Directory.GetDirectories(directory)))
        {
            string name = Path.GetFileName(sub);
            var files = Sorted(Directory.GetFiles(sub, "*.json"));
            if (!AwsRegionName.IsWellFormed(name))
            {
                if (files.Length > 0 && name != "accounts") skipped.Add(sub);
                continue;
            }
            foreach (var file in files)
                entries.Add(new Entry(file, name, account));
        }
    }

    private static string[] Sorted(string[] paths)
    {
        Array.Sort(paths, StringComparer.Ordinal);
        return paths;
    }
}
