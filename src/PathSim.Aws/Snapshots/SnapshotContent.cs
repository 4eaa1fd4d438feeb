using PathSim.Addressing;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Aws.Snapshots;

/// <summary>
/// Everything read from the describe outputs of one snapshot (or one live session), before the pieces
/// are joined: associations, instances and Elastic IPs still sit beside the resources they change.
/// <see cref="TopologyAssembler"/> turns it into a <see cref="NetworkTopology"/>.
/// </summary>
internal sealed class SnapshotContent
{
    private readonly HashSet<string> _warnedOnce = new(StringComparer.Ordinal);

    public List<Diagnostic> Diagnostics { get; } = [];
    public HashSet<string> Regions { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Accounts { get; } = new(StringComparer.Ordinal);

    public List<Vpc> Vpcs { get; } = [];
    public Dictionary<VpcId, VpcDnsAttributes> VpcAttributes { get; } = [];
    public List<Subnet> Subnets { get; } = [];
    public List<RouteTable> RouteTables { get; } = [];
    public List<(SubnetId Subnet, RouteTableId Table)> RouteTableAssociations { get; } = [];
    public List<NetworkAcl> NetworkAcls { get; } = [];
    public List<(SubnetId Subnet, NetworkAclId Acl)> NetworkAclAssociations { get; } = [];
    public List<SecurityGroup> SecurityGroups { get; } = [];
    public List<NetworkInterface> NetworkInterfaces { get; } = [];

    /// <summary>Interfaces as describe-instances lists them, merged into <see cref="NetworkInterfaces"/> by id.</summary>
    public List<NetworkInterface> InstanceInterfaces { get; } = [];

    /// <summary>Every private IPv4 of each interface (the model keeps the primary only): matches Redshift nodes to their interfaces.</summary>
    public Dictionary<NetworkInterfaceId, List<Ipv4Address>> InterfaceAddresses { get; } = [];
    public List<ElasticIpAddress> Addresses { get; } = [];
    public List<InternetGateway> InternetGateways { get; } = [];
    public List<NatGateway> NatGateways { get; } = [];
    public List<VpcEndpoint> VpcEndpoints { get; } = [];
    public List<PrefixList> PrefixLists { get; } = [];
    public List<VpcPeeringConnection> VpcPeeringConnections { get; } = [];

    /// <summary>Each peering connection's two regions as describe shows them (null where it does not say).</summary>
    public Dictionary<VpcPeeringConnectionId, (string? Requester, string? Accepter)> PeeringRegions { get; } = [];
    public List<ClusterDescription> Clusters { get; } = [];
    public List<ClusterSubnetGroupDescription> ClusterSubnetGroups { get; } = [];

    /// <summary>Route targets the snapshot shows as deleted (NAT gateways, endpoints, peering connections): routes to them are blackholes (R5).</summary>
    public HashSet<string> DeletedTargets { get; } = new(StringComparer.Ordinal);

    public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params string[] arguments) =>
        Diagnostics.Add(Diagnostic.Create(descriptor, location, arguments));

    /// <summary>Reports a warning only the first time <paramref name="key"/> comes up, so a snapshot with 500 subnets says it once.</summary>
    public void WarnOnce(string key, DiagnosticDescriptor descriptor, SourceLocation location, params string[] arguments)
    {
        if (_warnedOnce.Add(key)) Report(descriptor, location, arguments);
    }

    /// <summary>Reads each item of a top-level list; an item that cannot be read is reported (PS6101) and skipped.</summary>
    public void ForEachItem(JsonCursor root, DescribeSource source, Action<JsonCursor> read)
    {
        IEnumerable<JsonCursor> items;
        try
        {
            items = root.AsItems();
        }
        catch (SnapshotFormatException e)
        {
            Report(DiagnosticDescriptors.SnapshotFileMalformed, source.Location, e.Problem, e.JsonPath);
            return;
        }
        foreach (var item in items)
        {
            try
            {
                read(item);
            }
            catch (SnapshotFormatException e)
            {
                Report(DiagnosticDescriptors.SnapshotFileMalformed, source.Location, e.Problem, e.JsonPath);
            }
        }
    }
}
