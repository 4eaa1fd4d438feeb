namespace PathSim.Topology;

public enum RouteTargetKind
{
    Local,
    InternetGateway,
    EgressOnlyInternetGateway,
    NatGateway,
    VpcEndpoint,
    VpcPeeringConnection,
    TransitGateway,
    NetworkInterface,
    VirtualPrivateGateway,
    /// <summary>The literal target <c>blackhole</c>.</summary>
    Blackhole,
}
