using PathSim.Topology;

namespace PathSim.Aws.Snapshots.Resources;

/// <summary><c>InternetGateways</c> (describe-internet-gateways). Only an attached gateway carries traffic (G1).</summary>
internal static class InternetGatewayReader
{
    public static void Read(JsonCursor item, DescribeSource source, SnapshotContent content)
    {
        var id = new InternetGatewayId(item.RequiredString("InternetGatewayId"));
        // The CLI shows an attached gateway's state as "available", the API as "attached".
        var vpc = item.Items("Attachments")
            .Where(a => a.OptionalString("State") is null or "available" or "attached")
            .Select(a => a.OptionalString("VpcId"))
            .FirstOrDefault(v => v is not null);
        content.InternetGateways.Add(new InternetGateway
        {
            Id = id,
            Vpc = vpc is null ? null : new VpcId(vpc),
            Location = source.LocationOf(id.Value),
        });
    }
}
