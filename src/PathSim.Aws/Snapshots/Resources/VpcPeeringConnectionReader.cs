using PathSim.Topology;

namespace PathSim.Aws.Snapshots.Resources;

/// <summary><c>VpcPeeringConnections</c> (describe-vpc-peering-connections). Only an active connection carries traffic (G3).</summary>
internal static class VpcPeeringConnectionReader
{
    public static void Read(JsonCursor item, DescribeSource source, SnapshotContent content)
    {
        var id = new VpcPeeringConnectionId(item.RequiredString("VpcPeeringConnectionId"));
        string status = item.Property("Status")?.OptionalString("Code") ?? "active";
        if (status is "deleted" or "deleting" or "rejected" or "expired" or "failed")
        {
            content.DeletedTargets.Add(id.Value);
            return;
        }
        var requester = item.RequiredProperty("RequesterVpcInfo");
        var accepter = item.RequiredProperty("AccepterVpcInfo");
        string? requesterRegion = requester.OptionalString("Region");
        string? accepterRegion = accepter.OptionalString("Region");
        content.PeeringRegions.TryAdd(id, (requesterRegion, accepterRegion));
        content.VpcPeeringConnections.Add(new VpcPeeringConnection
        {
            Id = id,
            RequesterVpc = new VpcId(requester.RequiredString("VpcId")),
            AccepterVpc = new VpcId(accepter.RequiredString("VpcId")),
            // Both sides' regions come from the record itself, so the copy in either region's snapshot reads the same.
            AccepterRegion = accepterRegion is not null && accepterRegion != (requesterRegion ?? source.Region) ? accepterRegion : null,
            IsActive = status == "active",
            Location = source.LocationOf(id.Value),
        });
    }
}
