using System.Text.RegularExpressions;

namespace PathSim.Aws.Snapshots;

/// <summary>
/// Batfish's snapshot layout: <c>DIR/[accounts/&lt;account&gt;/]&lt;region&gt;/&lt;anything&gt;.json</c>, or JSON files
/// directly in <c>DIR</c> (then the region is the default). A snapshot root holding <c>aws_configs/</c> is
/// accepted too. File names do not matter; the order is ordinal by path, so loads are reproducible.
/// </summary>
internal static partial class SnapshotDirectory
{
    public sealed record Entry(string Path, string Region, string? Account);

    public static IReadOnlyList<Entry> Enumerate(string directory, string defaultRegion)
    {
        var aws = Path.Combine(directory, "aws_configs");
        if (Directory.Exists(aws)) directory = aws;
        var entries = new List<Entry>();
        AddRegionTree(directory, defaultRegion, null, entries);
        var accounts = Path.Combine(directory, "accounts");
        if (Directory.Exists(accounts))
            foreach (var account in Sorted(Directory.GetDirectories(accounts)))
                AddRegionTree(account, defaultRegion, Path.GetFileName(account), entries);
        return entries;
    }

    /// <summary>Whether the directory looks like a snapshot at all (JSON files at one of the layout's levels).</summary>
    public static bool LooksLikeSnapshot(string directory) => Enumerate(directory, "us-west-2").Count > 0;

    private static void AddRegionTree(string directory, string defaultRegion, string? account, List<Entry> entries)
    {
        foreach (var file in Sorted(Directory.GetFiles(directory, "*.json")))
            entries.Add(new Entry(file, defaultRegion, account));
        foreach (var sub in Sorted(Directory.GetDirectories(directory)))
        {
            string name = Path.GetFileName(sub);
            if (!RegionName().IsMatch(name)) continue;
            foreach (var file in Sorted(Directory.GetFiles(sub, "*.json")))
                entries.Add(new Entry(file, name, account));
        }
    }

    private static string[] Sorted(string[] paths)
    {
        Array.Sort(paths, StringComparer.Ordinal);
        return paths;
    }

    /// <summary>us-east-1, eu-central-2, us-gov-west-1, ap-southeast-4, cn-north-1 …</summary>
    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionName();
}
