namespace PathSim.Topology;

public enum NatGatewayConnectivity
{
    Public,
    /// <summary>Never reaches the internet (G2).</summary>
    Private,
}
