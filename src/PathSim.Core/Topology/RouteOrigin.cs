namespace PathSim.Topology;

/// <summary>How a route came to be; decides exact-prefix ties (R4).</summary>
public enum RouteOrigin
{
    /// <summary>Written by the user (CreateRoute).</summary>
    Static,
    /// <summary>Propagated from a virtual private gateway.</summary>
    Propagated,
}
