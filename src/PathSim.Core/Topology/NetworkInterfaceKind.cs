namespace PathSim.Topology;

/// <summary>What owns an interface; decides which rules apply to it (a NAT gateway's has no security group).</summary>
public enum NetworkInterfaceKind
{
    Instance,
    RedshiftCluster,
    VpcEndpoint,
    NatGateway,
    Other,
}
