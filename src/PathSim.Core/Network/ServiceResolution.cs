using System.Collections.Immutable;
using PathSim.Addressing;
using PathSim.Services;
using PathSim.Traces;

namespace PathSim.Network;

/// <summary>
/// What <c>SERVICE.REGION.amazonaws.com</c> resolves to for a client (E2): an interface endpoint's
/// interface addresses, or the service's public ranges. <see cref="Notes"/> explain why an interface
/// endpoint of the service in the VPC is not used (<c>PRIVATE_DNS_DISABLED</c>, <c>DNS_ATTRIBUTES_DISABLED</c>,
/// <c>VPCE_NOT_AVAILABLE</c>).
/// </summary>
public sealed record ServiceResolution
{
    public required RegionalService Service { get; init; }

    /// <summary>Every address the name can resolve to (all endpoint interfaces, or the public ranges).</summary>
    public required Ipv4PrefixSet Addresses { get; init; }

    /// <summary>The address a concrete trace uses: the endpoint interface in the client's subnet (else AZ, else the first), or the public representative; null when the service has no known addresses.</summary>
    public Ipv4Address? Address { get; init; }

    /// <summary>The interface endpoint the name resolves to, when private DNS applies.</summary>
    public CompiledVpcEndpoint? Endpoint { get; init; }
    public CompiledInterface? EndpointInterface { get; init; }
    public ImmutableArray<ExplanationCode> Notes { get; init; } = [];

    public bool UsesInterfaceEndpoint => Endpoint is not null;
}
