using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;

namespace PathSim.Topology;

/// <summary>
/// A whole input, validated and immutable: AWS resources one to one. Readers produce it; nothing
/// downstream knows which reader did. Named NetworkTopology so it does not clash with the namespace.
/// </summary>
public sealed record NetworkTopology
{
    public int FormatVersion { get; init; } = 1;

    /// <summary>The default region (resources carry their own where it matters).</summary>
    public required string Region { get; init; }
    public string? Account { get; init; }

    /// <summary>The file or directory it was read from, for reports.</summary>
    public string Source { get; init; } = "";

    public ValueArray<Vpc> Vpcs { get; init; }
    public ValueArray<Subnet> Subnets { get; init; }
    public ValueArray<RouteTable> RouteTables { get; init; }
    public ValueArray<InternetGateway> InternetGateways { get; init; }
    public ValueArray<NatGateway> NatGateways { get; init; }
    public ValueArray<VpcEndpoint> VpcEndpoints { get; init; }
    public ValueArray<VpcPeeringConnection> VpcPeeringConnections { get; init; }
    public ValueArray<PrefixList> PrefixLists { get; init; }
    public ValueArray<SecurityGroup> SecurityGroups { get; init; }
    public ValueArray<NetworkAcl> NetworkAcls { get; init; }
    public ValueArray<NetworkInterface> NetworkInterfaces { get; init; }
    public ValueArray<RedshiftCluster> RedshiftClusters { get; init; }
    public ValueArray<S3Bucket> S3Buckets { get; init; }
}
