using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;

namespace PathSim.Topology;

public sealed record RouteTable
{
    public required RouteTableId Id { get; init; }
    public required VpcId Vpc { get; init; }
    public bool IsMain { get; init; }

    /// <summary>Routes as written; the local routes (R2) and gateway-endpoint routes (R6) are implicit and added by the network model.</summary>
    public ValueArray<Route> Routes { get; init; }
    public SourceLocation Location { get; init; }
}
