using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Topology;

namespace PathSim.Redshift;

/// <summary>
/// One way a flow's requests leave the VPC towards the service, as the service will see them: the
/// first gateway or endpoint passed (<see cref="Via"/>), the endpoint id (aws:SourceVpce) or the
/// public source address (aws:SourceIp, after a NAT gateway or the cluster's Elastic IP). One flow may
/// take several: a longer static route can send part of a service's prefixes past the gateway
/// endpoint (R1, R6), and a bucket policy may then admit one exit and refuse the other (E4).
/// </summary>
public sealed record PathExit
{
    public string? Via { get; init; }
    public VpcEndpointId? Endpoint { get; init; }
    public Ipv4Address? PublicSource { get; init; }

    /// <summary>
    /// The service addresses whose requests take this exit, exactly (the symbolic probe); empty when the
    /// probe only knows sample addresses (the tracer probe).
    /// </summary>
    public Ipv4PrefixSet Destinations { get; init; } = Ipv4PrefixSet.Empty;

    /// <summary>Forward hops then the reply's, for one representative packet that takes this exit (the tracer's).</summary>
    public ValueArray<FlowHop> Path { get; init; }

    /// <summary>Same exit as far as a policy can tell (destinations and hops aside).</summary>
    public bool SameWayOutAs(PathExit other) => Via == other.Via && Endpoint == other.Endpoint && PublicSource == other.PublicSource;
}
