using PathSim.Collections;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Aws.Snapshots.Resources;

/// <summary>
/// <c>PrefixLists</c> (describe-prefix-lists: AWS-managed service lists with their CIDRs) and
/// <c>ManagedPrefixLists</c> (describe-managed-prefix-lists, with <c>Entries</c> from
/// get-managed-prefix-list-entries when the snapshot has them).
/// </summary>
internal static class PrefixListReader
{
    public static void Read(JsonCursor item, DescribeSource source, SnapshotContent content)
    {
        var id = new PrefixListId(item.RequiredString("PrefixListId"));
        content.PrefixLists.Add(new PrefixList
        {
            Id = id,
            Name = item.OptionalString("PrefixListName") ?? id.Value,
            Cidrs = item.Items("Cidrs").Select(c => c.AsCidr()).ToValueArray(),
            Location = source.LocationOf(id.Value),
        });
    }

    public static void ReadManaged(JsonCursor item, DescribeSource source, SnapshotContent content)
    {
        var id = new PrefixListId(item.RequiredString("PrefixListId"));
        var location = source.LocationOf(id.Value);
        string name = item.OptionalString("PrefixListName") ?? id.Value;
        if (item.OptionalString("AddressFamily") is "IPv6")
        {
            content.WarnOnce("ipv6:pl", DiagnosticDescriptors.Ipv6Ignored, location, "prefix list", id.Value);
            return;
        }
        if (item.OptionalString("State") is "delete-complete" or "delete-in-progress") return;

        bool hasEntries = item.Property("Entries") is not null || item.Property("Cidrs") is not null;
        var cidrs = item.Items("Entries").Select(e => e.RequiredProperty("Cidr").AsCidr())
            .Concat(item.Items("Cidrs").Select(c => c.AsCidr()))
            .ToValueArray();
        if (!hasEntries)
        {
            // An AWS-managed list without its CIDRs would hide the built-in service ranges: leave it out.
            if (item.OptionalString("OwnerId") == "AWS" || name.StartsWith("com.amazonaws.", StringComparison.Ordinal)) return;
            content.Report(DiagnosticDescriptors.UnmodelledResource, location, "prefix list", id.Value,
                "its entries are not in the snapshot (add get-managed-prefix-list-entries output as 'Entries'), so it matches no address");
        }
        content.PrefixLists.Add(new PrefixList { Id = id, Name = name, Cidrs = cidrs, Location = location });
    }
}
