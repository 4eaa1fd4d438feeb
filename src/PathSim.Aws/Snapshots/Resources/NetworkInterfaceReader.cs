using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Aws.Snapshots.Resources;

/// <summary>
/// <c>NetworkInterfaces</c> (describe-network-interfaces), and the interfaces inside <c>Reservations</c>
/// (describe-instances). Redshift's interfaces carry the description <c>RedshiftNetworkInterface</c>.
/// </summary>
internal static class NetworkInterfaceReader
{
    public const string RedshiftDescription = "RedshiftNetworkInterface";

    public static void Read(JsonCursor item, DescribeSource source, SnapshotContent content)
    {
        string? instance = item.Property("Attachment")?.OptionalString("InstanceId");
        content.NetworkInterfaces.Add(ReadInterface(item, source, content, instance, item.OptionalString("InterfaceType")));
    }

    /// <summary><c>Reservations</c>: each reservation's instances and, in them, their interfaces. Terminated instances have none.</summary>
    public static void ReadReservation(JsonCursor reservation, DescribeSource source, SnapshotContent content)
    {
        foreach (var instance in reservation.Items("Instances"))
        {
            string id = instance.RequiredString("InstanceId");
            string? state = instance.Property("State")?.OptionalString("Name");
            if (state is "terminated" or "shutting-down") continue;
            foreach (var eni in instance.Items("NetworkInterfaces"))
                content.InstanceInterfaces.Add(ReadInterface(eni, source, content, id, eni.OptionalString("InterfaceType")));
        }
    }

    private static NetworkInterface ReadInterface(JsonCursor item, DescribeSource source, SnapshotContent content, string? instance, string? interfaceType)
    {
        var id = new NetworkInterfaceId(item.RequiredString("NetworkInterfaceId"));
        var location = source.LocationOf(id.Value);
        var primary = item.RequiredProperty("PrivateIpAddress").AsAddress();
        var addresses = new List<Ipv4Address> { primary };
        foreach (var address in item.Items("PrivateIpAddresses"))
        {
            if (address.Property("PrivateIpAddress") is not { } ip) continue;
            var a = ip.AsAddress();
            if (addresses.Contains(a)) continue;
            addresses.Add(a);
            content.WarnOnce("secondary-ip", DiagnosticDescriptors.UnmodelledResource, location, "secondary private IP of", id.Value,
                "pathsim models each interface's primary private IPv4 address only");
        }
        content.InterfaceAddresses.TryAdd(id, addresses);
        if (item.Items("Ipv6Addresses").Any())
            content.WarnOnce("ipv6:eni", DiagnosticDescriptors.Ipv6Ignored, location, "addresses", id.Value);

        string? description = item.OptionalString("Description");
        return new NetworkInterface
        {
            Id = id,
            Subnet = new SubnetId(item.RequiredString("SubnetId")),
            PrivateIp = primary,
            PublicIp = item.Property("Association")?.OptionalAddress("PublicIp"),
            SecurityGroups = item.Items("Groups").Select(g => new SecurityGroupId(g.RequiredString("GroupId"))).ToValueArray(),
            Kind = KindOf(interfaceType, description, instance),
            Instance = instance is null ? null : new InstanceId(instance),
            Description = string.IsNullOrEmpty(description) ? null : description,
            Location = location,
        };
    }

    private static NetworkInterfaceKind KindOf(string? interfaceType, string? description, string? instance) => interfaceType switch
    {
        "nat_gateway" or "natGateway" => NetworkInterfaceKind.NatGateway,
        "vpc_endpoint" or "gateway_load_balancer_endpoint" => NetworkInterfaceKind.VpcEndpoint,
        _ when description == RedshiftDescription => NetworkInterfaceKind.RedshiftCluster,
        _ when instance is not null => NetworkInterfaceKind.Instance,
        _ => NetworkInterfaceKind.Other,
    };
}
