namespace PathSim.Topology;

public enum VpcEndpointType
{
    Gateway,
    Interface,
    /// <summary>Read from snapshots, not modelled as a path (a warning says so).</summary>
    GatewayLoadBalancer,
}
