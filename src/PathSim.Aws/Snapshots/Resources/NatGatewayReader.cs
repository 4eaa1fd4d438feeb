using PathSim.Topology;

namespace PathSim.Aws.Snapshots.Resources;

/// <summary><c>NatGateways</c> (describe-nat-gateways).</summary>
internal static class NatGatewayReader
{
    public static void Read(JsonCursor item, DescribeSource source, SnapshotContent content)
    {
        var id = new NatGatewayId(item.RequiredString("NatGatewayId"));
        string state = item.OptionalString("State") ?? "available";
        if (state is "deleting" or "deleted" or "failed")
        {
            // Gone (describe keeps showing it for a while): routes to it are blackholes, as AWS shows them (R5).
            content.DeletedTargets.Add(id.Value);
            return;
        }
        var addresses = item.Items("NatGatewayAddresses").ToList();
        var primary = JsonCursor.Preferred(addresses, a => a.OptionalBool("IsPrimary") == true);
        content.NatGateways.Add(new NatGateway
        {
            Id = id,
            Subnet = new SubnetId(item.RequiredString("SubnetId")),
            Connectivity = item.OptionalString("ConnectivityType") == "private" ? NatGatewayConnectivity.Private : NatGatewayConnectivity.Public,
            PrivateIp = primary?.OptionalAddress("PrivateIp"),
            PublicIp = primary?.OptionalAddress("PublicIp"),
            NetworkInterface = primary?.OptionalString("NetworkInterfaceId") is { Length: > 0 } eni ? new NetworkInterfaceId(eni) : null,
            IsAvailable = state == "available",
            Location = source.LocationOf(id.Value),
        });
    }
}
