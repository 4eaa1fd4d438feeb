using PathSim.Diagnostics;

namespace PathSim.Aws.Snapshots;

/// <summary>
/// Where one describe output came from: a snapshot file (its path), or a live call (<c>ec2:DescribeSubnets</c>),
/// with the region and account the snapshot layout or the live session gives it.
/// </summary>
internal sealed record DescribeSource(string Name, string Region, string? Account, bool IsLive = false)
{
    /// <summary>A file location names the file (the JSON path goes in messages); a live one names the call and the resource id.</summary>
    public SourceLocation LocationOf(string? resourceId) =>
        new(IsLive && !string.IsNullOrEmpty(resourceId) ? $"{Name} {resourceId}" : Name, 0, 0);

    public SourceLocation Location => new(Name, 0, 0);
}
