using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Topology;
using PathSim.Traces;

namespace PathSim.Redshift;

/// <summary>
/// How the network treats one <see cref="NetworkPathQuery"/>: <see cref="Verdict.Reachable"/>,
/// <see cref="Verdict.Intermittent"/> or <see cref="Verdict.Unreachable"/>, the exit, the codes, the
/// hops (forward then return) and, when packets are dropped, the hop that dropped them. It also says
/// what the service will see, for policy evaluation (E3, E4): the VPC endpoint passed, or the public
/// source address after NAT/IGW.
/// </summary>
public sealed record NetworkPathOutcome
{
    public required Verdict Verdict { get; init; }
    public string? Via { get; init; }
    public ValueArray<ExplanationCode> Codes { get; init; }
    public ValueArray<FlowHop> Path { get; init; }

    /// <summary>The hop that dropped packets; set unless <see cref="Verdict"/> is reachable.</summary>
    public FlowHop? Drop { get; init; }

    /// <summary>The VPC endpoint the request passed (gateway or interface), if any: aws:SourceVpce.</summary>
    public VpcEndpointId? Endpoint { get; init; }

    /// <summary>The public address the service sees (NAT gateway or cluster Elastic IP): aws:SourceIp.</summary>
    public Ipv4Address? PublicSource { get; init; }

    /// <summary>
    /// For an <see cref="Verdict.Intermittent"/> outcome, exactly which part of the flow's packets fails
    /// and which passes (the symbolic probe's partition); null otherwise, and from the tracer probe.
    /// </summary>
    public FlowSplit? Split { get; init; }

    /// <summary>
    /// Every way out that requests of the flow take, the one of <see cref="Via"/>, <see cref="Endpoint"/>
    /// and <see cref="PublicSource"/> first; empty when nothing gets there. Policies are evaluated per exit
    /// (E3, E4): a bucket that admits only its endpoint refuses the requests a longer route sends elsewhere.
    /// </summary>
    public ValueArray<PathExit> Exits { get; init; }
}
