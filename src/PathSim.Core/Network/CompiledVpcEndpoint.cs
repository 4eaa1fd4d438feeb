using System.Collections.Immutable;
using PathSim.Addressing;
using PathSim.Diagnostics;
using PathSim.Services;
using PathSim.Topology;

namespace PathSim.Network;

/// <summary>A VPC endpoint with its parsed service and, for interface endpoints, its interfaces (one per subnet, E1).</summary>
public sealed record CompiledVpcEndpoint
{
    public required VpcEndpoint Endpoint { get; init; }
    public VpcEndpointId Id => Endpoint.Id;
    public VpcId Vpc => Endpoint.Vpc;
    public VpcEndpointType Type => Endpoint.Type;

    /// <summary>The service and region from <c>com.amazonaws.REGION.SERVICE</c>; null for other service names.</summary>
    public RegionalService? Service { get; init; }

    /// <summary>Gateway endpoints: the service's addresses in its region (the <c>pl-…</c> of R6).</summary>
    public Ipv4PrefixSet ServiceAddresses { get; init; } = Ipv4PrefixSet.Empty;

    /// <summary>Interface endpoints: their interfaces, in subnet order.</summary>
    public ImmutableArray<CompiledInterface> Interfaces { get; init; } = [];
    public SourceLocation Location => Endpoint.Location;

    public override string ToString() => Id.Value;
}
