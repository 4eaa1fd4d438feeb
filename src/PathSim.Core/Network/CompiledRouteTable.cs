using System.Collections.Immutable;
using PathSim.Addressing;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Network;

/// <summary>
/// A route table with its full route set (implicit local routes R2, expanded prefix lists R4,
/// gateway-endpoint routes R6, blackholes R5) and its longest-prefix partition.
/// </summary>
public sealed class CompiledRouteTable
{
    internal CompiledRouteTable(
        RouteTableId id, VpcId vpc, bool isMain, bool isImplicit, SourceLocation location,
        ImmutableArray<CompiledRoute> routes, ImmutableArray<CompiledRoute> shadowed)
    {
        Id = id;
        Vpc = vpc;
        IsMain = isMain;
        IsImplicit = isImplicit;
        Location = location;
        Routes = routes;
        ShadowedRoutes = shadowed;
        Partition = LongestPrefixMatch.BuildPartition(routes);
    }

    public RouteTableId Id { get; }
    public VpcId Vpc { get; }
    public bool IsMain { get; }

    /// <summary>True for the local-only main table pathsim supplies to a VPC that declares none (R3).</summary>
    public bool IsImplicit { get; }
    public SourceLocation Location { get; }

    /// <summary>The effective routes, one per destination CIDR (exact ties decided, R4), in prefix order.</summary>
    public ImmutableArray<CompiledRoute> Routes { get; }

    /// <summary>Routes that lost an exact-prefix tie (R4: explicit CIDR &gt; prefix list &gt; propagated).</summary>
    public ImmutableArray<CompiledRoute> ShadowedRoutes { get; }

    /// <summary>Disjoint sorted intervals covering all of IPv4, each with its LPM winner or none.</summary>
    public ImmutableArray<RouteInterval> Partition { get; }

    /// <summary>The winning route for a destination (R1), or null when no route matches.</summary>
    public CompiledRoute? Lookup(Ipv4Address destination) => LongestPrefixMatch.Lookup(Partition, destination).Route;

    public override string ToString() => Id.Value;
}
