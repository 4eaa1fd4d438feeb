using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Aws.Snapshots.Resources;

/// <summary><c>Subnets</c> (describe-subnets). Route table and ACL associations come from their own outputs.</summary>
internal static class SubnetReader
{
    public static void Read(JsonCursor item, DescribeSource source, SnapshotContent content)
    {
        var id = new SubnetId(item.RequiredString("SubnetId"));
        var location = source.LocationOf(id.Value);
        if (item.Items("Ipv6CidrBlockAssociationSet").Any())
            content.WarnOnce("ipv6:subnet", DiagnosticDescriptors.Ipv6Ignored, location, "CIDR blocks", id.Value);
        if (item.Property("CidrBlock") is not { } cidr)
        {
            // An IPv6-only subnet has nothing pathsim can model.
            content.Report(DiagnosticDescriptors.UnmodelledResource, location, "subnet", id.Value, "it has no IPv4 CIDR block (IPv6-only)");
            return;
        }
        content.Subnets.Add(new Subnet
        {
            Id = id,
            Vpc = new VpcId(item.RequiredString("VpcId")),
            Cidr = cidr.AsCidr(),
            AvailabilityZone = item.OptionalString("AvailabilityZone"),
            MapPublicIpOnLaunch = item.OptionalBool("MapPublicIpOnLaunch") ?? false,
            Location = location,
        });
    }
}
