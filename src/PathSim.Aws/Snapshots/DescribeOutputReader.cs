using System.Text.Json;
using PathSim.Aws.Snapshots.Resources;
using PathSim.Diagnostics;

namespace PathSim.Aws.Snapshots;

/// <summary>
/// Reads one describe output (a snapshot file, or a live call's answer in the same shape) into a
/// <see cref="SnapshotContent"/>. A document is recognised by its top-level keys, not its name; each key
/// pathsim does not model is reported once (PS4001) and never silently dropped.
/// </summary>
internal static class DescribeOutputReader
{
    private delegate void ItemReader(JsonCursor item, DescribeSource source, SnapshotContent content);

    /// <summary>Every top-level key pathsim reads, and the reader of one item of its list.</summary>
    private static readonly Dictionary<string, ItemReader> Readers = new(StringComparer.Ordinal)
    {
        ["Vpcs"] = VpcReader.Read,
        ["Subnets"] = SubnetReader.Read,
        ["RouteTables"] = RouteTableReader.Read,
        ["NetworkAcls"] = NetworkAclReader.Read,
        ["SecurityGroups"] = SecurityGroupReader.Read,
        ["NetworkInterfaces"] = NetworkInterfaceReader.Read,
        ["Reservations"] = NetworkInterfaceReader.ReadReservation,
        ["InternetGateways"] = InternetGatewayReader.Read,
        ["NatGateways"] = NatGatewayReader.Read,
        ["VpcEndpoints"] = VpcEndpointReader.Read,
        ["PrefixLists"] = PrefixListReader.Read,
        ["ManagedPrefixLists"] = PrefixListReader.ReadManaged,
        ["VpcPeeringConnections"] = VpcPeeringConnectionReader.Read,
        ["Addresses"] = AddressReader.Read,
        ["Clusters"] = RedshiftClusterReader.Read,
        ["ClusterSubnetGroups"] = RedshiftClusterReader.ReadSubnetGroup,
    };

    /// <summary>The keys read, for documentation and the report.</summary>
    public static IReadOnlyCollection<string> ModelledKeys => Readers.Keys;

    /// <summary>Pagination and response bookkeeping that carries no resources.</summary>
    private static readonly HashSet<string> Bookkeeping = new(StringComparer.Ordinal) { "NextToken", "Marker", "ResponseMetadata" };

    public static void Read(JsonElement root, DescribeSource source, SnapshotContent content)
    {
        content.Regions.Add(source.Region);
        if (source.Account is not null) content.Accounts.Add(source.Account);
        var cursor = new JsonCursor(root, "$");
        if (root.ValueKind != JsonValueKind.Object)
        {
            content.Report(DiagnosticDescriptors.SnapshotFileMalformed, source.Location, "a describe output must be a JSON object", "$");
            return;
        }
        if (IsVpcAttributeOutput(root))
        {
            try
            {
                VpcReader.ReadAttribute(cursor, content);
            }
            catch (SnapshotFormatException e)
            {
                content.Report(DiagnosticDescriptors.SnapshotFileMalformed, source.Location, e.Problem, e.JsonPath);
            }
            return;
        }
        foreach (var property in root.EnumerateObject())
        {
            if (Readers.TryGetValue(property.Name, out var reader))
            {
                var list = new JsonCursor(property.Value, $"$.{property.Name}");
                if (property.Value.ValueKind == JsonValueKind.Null) continue;
                content.ForEachItem(list, source, item => reader(item, source, content));
            }
            else if (!Bookkeeping.Contains(property.Name))
            {
                content.WarnOnce($"key:{property.Name}", DiagnosticDescriptors.UnmodelledKey, source.Location, property.Name);
            }
        }
    }

    private static bool IsVpcAttributeOutput(JsonElement root) =>
        root.TryGetProperty("VpcId", out _) &&
        (root.TryGetProperty("EnableDnsSupport", out _) || root.TryGetProperty("EnableDnsHostnames", out _));
}
