namespace PathSim.Topology;

public enum RouteState
{
    Active,
    /// <summary>The target is gone or the route is an explicit blackhole: packets are dropped (R5).</summary>
    Blackhole,
}
