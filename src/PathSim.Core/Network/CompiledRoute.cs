using PathSim.Addressing;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Network;

/// <summary>
/// One route of a compiled table, for exactly one CIDR (prefix-list routes are expanded, R4). Carries
/// the text the user wrote and where, so a trace can cite it.
/// </summary>
public sealed record CompiledRoute
{
    public required RouteTableId Table { get; init; }
    public required Ipv4Prefix Destination { get; init; }
    public required RouteTarget Target { get; init; }
    public required CompiledRouteOrigin Origin { get; init; }

    /// <summary>The prefix list this CIDR came from (user prefix-list routes, and gateway-endpoint routes when the topology names the list).</summary>
    public PrefixListId? PrefixList { get; init; }

    /// <summary>True for blackhole routes (R5): state blackhole, target <c>blackhole</c>, or a target that does not exist.</summary>
    public bool IsBlackhole { get; init; }

    /// <summary>The route as written, e.g. <c>0.0.0.0/0 -> nat-a</c> or <c>pl-63a5400a (52.216.0.0/15) -> vpce-s3</c>.</summary>
    public required string Text { get; init; }
    public SourceLocation Location { get; init; }

    public override string ToString() => Text;
}
