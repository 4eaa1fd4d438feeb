using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Aws.Snapshots.Resources;

/// <summary><c>Vpcs</c> (describe-vpcs).</summary>
internal static class VpcReader
{
    public static void Read(JsonCursor item, DescribeSource source, SnapshotContent content)
    {
        var id = new VpcId(item.RequiredString("VpcId"));
        var location = source.LocationOf(id.Value);
        var cidrs = new List<Ipv4Prefix>();
        if (item.Property("CidrBlock") is { } primary) cidrs.Add(primary.AsCidr());
        foreach (var association in item.Items("CidrBlockAssociationSet"))
        {
            // A secondary CIDR being added or removed carries no local route yet (R2).
            string? state = association.Property("CidrBlockState")?.OptionalString("State");
            if (state is not null and not "associated") continue;
            var cidr = association.RequiredProperty("CidrBlock").AsCidr();
            if (!cidrs.Contains(cidr)) cidrs.Add(cidr);
        }
        if (cidrs.Count == 0) throw new SnapshotFormatException(item.Path, $"VPC '{id}' has no IPv4 CIDR block");
        if (item.Items("Ipv6CidrBlockAssociationSet").Any())
            content.WarnOnce("ipv6:vpc", DiagnosticDescriptors.Ipv6Ignored, location, "CIDR blocks", id.Value);

        // describe-vpcs does not show the DNS attributes; AWS's defaults are support on, hostnames on only
        // for a default VPC. describe-vpc-attribute output, when present, overrides them (RS3, E2).
        bool isDefault = item.OptionalBool("IsDefault") ?? false;
        content.Vpcs.Add(new Vpc
        {
            Id = id,
            Cidrs = cidrs.ToValueArray(),
            Region = source.Region,
            Account = item.OptionalString("OwnerId") ?? source.Account,
            EnableDnsSupport = true,
            EnableDnsHostnames = isDefault,
            Location = location,
        });
    }

    /// <summary>describe-vpc-attribute output: <c>{"VpcId": …, "EnableDnsHostnames": {"Value": true}}</c>.</summary>
    public static void ReadAttribute(JsonCursor root, SnapshotContent content)
    {
        var id = new VpcId(root.RequiredString("VpcId"));
        var known = content.VpcAttributes.GetValueOrDefault(id) ?? new VpcDnsAttributes(null, null);
        content.VpcAttributes[id] = new VpcDnsAttributes(
            root.OptionalBool("EnableDnsSupport") ?? known.EnableDnsSupport,
            root.OptionalBool("EnableDnsHostnames") ?? known.EnableDnsHostnames);
    }
}
