namespace PathSim.Aws.Snapshots.Resources;

/// <summary><c>Addresses</c> (describe-addresses): Elastic IPs, which become the public IP of the interface they are associated with (G1).</summary>
internal static class AddressReader
{
    public static void Read(JsonCursor item, DescribeSource source, SnapshotContent content)
    {
        if (item.OptionalString("Domain") == "standard") return;   // EC2-Classic
        var publicIp = item.RequiredProperty("PublicIp").AsAddress();
        content.Addresses.Add(new ElasticIpAddress(
            publicIp,
            item.OptionalString("NetworkInterfaceId"),
            item.OptionalString("InstanceId"),
            item.OptionalAddress("PrivateIpAddress"),
            source.LocationOf(item.OptionalString("AllocationId") ?? publicIp.ToString())));
    }
}
