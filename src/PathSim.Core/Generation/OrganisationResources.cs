using PathSim.Collections;
using PathSim.Topology;

namespace PathSim.Generation;

/// <summary>The growing resource lists of a generated organisation, in emission order.</summary>
internal sealed class OrganisationResources
{
    public List<Vpc> Vpcs { get; } = [];
    public List<Subnet> Subnets { get; } = [];
    public List<RouteTable> RouteTables { get; } = [];
    public List<InternetGateway> InternetGateways { get; } = [];
    public List<NatGateway> NatGateways { get; } = [];
    public List<VpcEndpoint> VpcEndpoints { get; } = [];
    public List<VpcPeeringConnection> VpcPeeringConnections { get; } = [];
    public List<PrefixList> PrefixLists { get; } = [];
    public List<SecurityGroup> SecurityGroups { get; } = [];
    public List<NetworkAcl> NetworkAcls { get; } = [];
    public List<NetworkInterface> NetworkInterfaces { get; } = [];
    public List<RedshiftCluster> RedshiftClusters { get; } = [];
    public List<S3Bucket> S3Buckets { get; } = [];

    public NetworkTopology ToTopology(string region, string? account, string source) => new()
    {
        Region = region,
        Account = account,
        Source = source,
        Vpcs = Vpcs.ToValueArray(),
        Subnets = Subnets.ToValueArray(),
        RouteTables = RouteTables.ToValueArray(),
        InternetGateways = InternetGateways.ToValueArray(),
        NatGateways = NatGateways.ToValueArray(),
        VpcEndpoints = VpcEndpoints.ToValueArray(),
        VpcPeeringConnections = VpcPeeringConnections.ToValueArray(),
        PrefixLists = PrefixLists.ToValueArray(),
        SecurityGroups = SecurityGroups.ToValueArray(),
        NetworkAcls = NetworkAcls.ToValueArray(),
        NetworkInterfaces = NetworkInterfaces.ToValueArray(),
        RedshiftClusters = RedshiftClusters.ToValueArray(),
        S3Buckets = S3Buckets.ToValueArray(),
    };
}
