namespace PathSim.WhatIf;

/// <summary>
/// Every resource kind a <see cref="Topology.NetworkTopology"/> holds; what an edit adds, removes,
/// replaces or sets a field of. Wire names (<see cref="ResourceKindNames"/>) are the topology file's
/// section names in the singular (<c>nat_gateway</c> for <c>nat_gateways:</c>).
/// </summary>
public enum ResourceKind
{
    Vpc,
    Subnet,
    RouteTable,
    InternetGateway,
    NatGateway,
    VpcEndpoint,
    VpcPeeringConnection,
    PrefixList,
    SecurityGroup,
    NetworkAcl,
    NetworkInterface,
    RedshiftCluster,
    S3Bucket,
}
