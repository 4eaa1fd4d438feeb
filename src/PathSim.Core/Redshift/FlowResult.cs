using PathSim.Collections;
using PathSim.Topology;
using PathSim.Traces;

namespace PathSim.Redshift;

/// <summary>
/// The answer for one flow of one cluster from one subnet of its subnet group (RS8): verdict, the
/// first gateway or endpoint it leaves through, explanation codes, the hop-by-hop path and, when it
/// fails, what blocks it. Invariants: a failing verdict has a blocker, a successful one has none; only an
/// intermittent flow has a <see cref="Split"/>.
/// </summary>
public sealed record FlowResult
{
    public FlowResult(RedshiftFlow flow, SubnetId subnet, Verdict verdict, string? via, ValueArray<ExplanationCode> codes,
        ValueArray<FlowHop> path, FlowBlocker? blocker, FlowSplit? split = null)
    {
        if (verdict.IsSuccess() && blocker is not null)
            throw new ArgumentException($"a {verdict.ToWireName()} flow has no blocker", nameof(blocker));
        if (!verdict.IsSuccess() && blocker is null)
            throw new ArgumentException($"a {verdict.ToWireName()} flow needs a blocker", nameof(blocker));
        if (split is not null && verdict != Verdict.Intermittent)
            throw new ArgumentException($"a {verdict.ToWireName()} flow has no split", nameof(split));
        Flow = flow;
        Subnet = subnet;
        Verdict = verdict;
        Via = via;
        Codes = codes;
        Path = path;
        Blocker = blocker;
        Split = split;
    }

    public RedshiftFlow Flow { get; }
    public SubnetId Subnet { get; }
    public Verdict Verdict { get; }

    /// <summary>vpce-…, nat-… (also when an IGW follows it), igw-…, or null (TOPOLOGY.md).</summary>
    public string? Via { get; }
    public ValueArray<ExplanationCode> Codes { get; }

    /// <summary>Forward hops, then the reply's hops.</summary>
    public ValueArray<FlowHop> Path { get; }
    public FlowBlocker? Blocker { get; }

    /// <summary>For an intermittent flow, which part of its packets fails and which passes (null when the probe did not say).</summary>
    public FlowSplit? Split { get; }

    /// <summary>Every way out the flow's requests take (an in-VPC flow's; empty when none gets there or the traffic is outside the VPC).</summary>
    public ValueArray<PathExit> Exits { get; init; }
}
