using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Topology;
using PathSim.Traces;

namespace PathSim.Redshift;

/// <summary>
/// The Redshift analysis (AWS-RULES.md RS1–RS8): for each cluster, each subnet of its subnet group and
/// each flow, decide where the traffic runs, ask the network (<see cref="INetworkPathProbe"/>) about
/// in-VPC flows, apply the policies (<see cref="IFlowAuthorizer"/>) to the requests, and explain.
/// Clusters are independent, so with a parallelism above 1 they are checked on that many threads (the
/// caller's included), each asking the factory once for its own probe (a probe need not be thread-safe;
/// the authorizer must be); the result lists them in topology order either way.
/// </summary>
public sealed class RedshiftAnalyzer
{
    /// <summary>Below this many clusters the threads cost more than they save (a bundled topology has a few).</summary>
    public const int MinClustersForParallelism = 4;

    private readonly Func<INetworkPathProbe> _probes;
    private readonly IFlowAuthorizer _authorizer;
    private readonly int _parallelism;

    /// <summary>One probe, used on the calling thread only.</summary>
    public RedshiftAnalyzer(INetworkPathProbe probe, IFlowAuthorizer authorizer)
        : this(() => probe, authorizer, parallelism: 1)
    {
    }

    /// <param name="probePerWorker">Called once per worker thread; return a shared instance only if it is thread-safe.</param>
    /// <param name="parallelism">At most this many clusters at a time (<see cref="Environment.ProcessorCount"/> is a good default).</param>
    public RedshiftAnalyzer(Func<INetworkPathProbe> probePerWorker, IFlowAuthorizer authorizer, int parallelism)
    {
        ArgumentNullException.ThrowIfNull(probePerWorker);
        ArgumentNullException.ThrowIfNull(authorizer);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        _probes = probePerWorker;
        _authorizer = authorizer;
        _parallelism = parallelism;
    }

    /// <summary>Analyses every cluster, or only <paramref name="only"/> when given (the caller checks it exists).</summary>
    public RedshiftCheck Check(NetworkTopology topology, RedshiftClusterId? only = null)
    {
        var advisor = new FixAdvisor(topology);
        var endpoints = topology.VpcEndpoints.DistinctBy(e => e.Id).ToDictionary(e => e.Id);
        var clusters = topology.RedshiftClusters.Where(c => only is null || c.Id == only).ToArray();
        var checks = new ClusterCheck[clusters.Length];
        int workers = clusters.Length < MinClustersForParallelism ? 1 : Math.Min(_parallelism, clusters.Length);
        int next = -1;
        void Work()
        {
            // Workers take the next unchecked cluster until none is left, so a slow cluster holds up one worker only.
            var probe = _probes();
            for (int i = Interlocked.Increment(ref next); i < clusters.Length; i = Interlocked.Increment(ref next))
                checks[i] = CheckCluster(topology, endpoints, clusters[i], advisor, probe);
        }

        var others = new Task[workers - 1];
        for (int w = 0; w < others.Length; w++) others[w] = Task.Run(Work);
        Work();
        try
        {
            Task.WaitAll(others);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // Surface a failure as the sequential path would.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        return new RedshiftCheck(topology.Source, [.. checks]);
    }

    private ClusterCheck CheckCluster(NetworkTopology topology, Dictionary<VpcEndpointId, VpcEndpoint> endpoints, RedshiftCluster cluster, FixAdvisor advisor, INetworkPathProbe probe)
    {
        string region = RedshiftFlowPlanner.ClusterRegion(topology, cluster);
        var vpc = RedshiftFlowPlanner.ClusterVpc(topology, cluster);
        var flows = RedshiftFlowPlanner.Plan(topology, cluster);
        var results = new List<FlowResult>();
        var outside = new List<OutsideVpcTraffic>();
        var outsideAccess = new Dictionary<RedshiftFlow, FlowAccessOutcome>();
        var outcomes = new Dictionary<(SubnetId, string, string), NetworkPathOutcome>();

        foreach (var flow in flows)
        {
            var placement = FlowPlacement.Decide(cluster, flow, region);
            if (placement.Kind != FlowPlacementKind.OutsideVpc) continue;
            // RS5/E4: outside the VPC the requests carry no aws:SourceVpce/aws:SourceVpc.
            var access = _authorizer.Authorize(new FlowAccessQuery { Cluster = cluster, Flow = flow, OutsideVpc = true });
            outsideAccess[flow] = access;
            outside.Add(new OutsideVpcTraffic
            {
                Flow = flow,
                Reason = placement.Code!.Value,
                DeniedBy = access.IsAllowed ? null : Blocker(access.DecidedBy!, access.Code!.Value, cluster, cluster.Subnets.FirstOrDefault(), flow, advisor),
            });
        }

        foreach (var subnet in cluster.Subnets)
        {
            foreach (var flow in flows)
            {
                var placement = FlowPlacement.Decide(cluster, flow, region);
                results.Add(placement.Kind switch
                {
                    FlowPlacementKind.SpectrumCrossRegion => SpectrumCrossRegion(topology, cluster, subnet, flow, advisor),
                    FlowPlacementKind.OutsideVpc => OutsideVpc(cluster, subnet, flow, placement.Code!.Value, outsideAccess[flow], advisor),
                    FlowPlacementKind.InVpc => InVpc(probe, outcomes, endpoints, cluster, vpc, subnet, flow, region, advisor),
                    _ => throw new InvalidOperationException(placement.Kind.ToString()),
                });
            }
        }
        return new ClusterCheck(cluster.Id, [.. results], [.. outside]);
    }

    private static FlowResult SpectrumCrossRegion(NetworkTopology topology, RedshiftCluster cluster, SubnetId subnet, RedshiftFlow flow, FixAdvisor advisor)
    {
        // The bucket's record says where its region is written (newuser-trial-4 #14); else the cluster that uses it.
        var location = topology.S3Buckets.FirstOrDefault(b => b.Name == flow.Bucket)?.Location ?? cluster.Location;
        var hop = new FlowHop { Component = flow.Bucket ?? flow.Target, Kind = "s3-bucket", Rule = $"region {flow.Region}", Passed = false, Location = location };
        var code = ExplanationCode.SpectrumBucketCrossRegion;
        return new FlowResult(flow, subnet, Verdict.Unreachable, null, [code], [hop], Blocker(hop, code, cluster, subnet, flow, advisor));
    }

    private static FlowResult OutsideVpc(RedshiftCluster cluster, SubnetId subnet, RedshiftFlow flow, ExplanationCode reason,
        FlowAccessOutcome access, FixAdvisor advisor)
    {
        if (access.IsAllowed)
            return new FlowResult(flow, subnet, Verdict.OutsideVpc, null, [reason], [], null);
        var hop = access.DecidedBy!;
        return new FlowResult(flow, subnet, Verdict.Denied, null, [reason, access.Code!.Value], [hop],
            Blocker(hop, access.Code.Value, cluster, subnet, flow, advisor));
    }

    private FlowResult InVpc(INetworkPathProbe probe, Dictionary<(SubnetId, string, string), NetworkPathOutcome> outcomes,
        Dictionary<VpcEndpointId, VpcEndpoint> endpoints, RedshiftCluster cluster, Vpc? vpc, SubnetId subnet, RedshiftFlow flow, string clusterRegion, FixAdvisor advisor)
    {
        // RS3: EVR needs both VPC DNS attributes; without them the cluster cannot use the VPC's paths
        // (assumption: AWS states the requirement, not the failure, so pathsim reports it unreachable).
        if (vpc is not null && !(vpc.EnableDnsSupport && vpc.EnableDnsHostnames))
        {
            var code = ExplanationCode.DnsAttributesDisabled;
            var hop = new FlowHop
            {
                Component = vpc.Id.Value, Kind = "vpc", Passed = false, Location = vpc.Location,
                Rule = $"enable_dns_support: {Lower(vpc.EnableDnsSupport)}, enable_dns_hostnames: {Lower(vpc.EnableDnsHostnames)}",
            };
            return new FlowResult(flow, subnet, Verdict.Unreachable, null, [code], [hop], Blocker(hop, code, cluster, subnet, flow, advisor));
        }

        // Copy, unload and Spectrum to buckets of one region ask the same question from a subnet: asked once.
        if (!outcomes.TryGetValue((subnet, flow.Service, flow.Region), out var outcome))
            outcomes[(subnet, flow.Service, flow.Region)] = outcome = probe.Probe(new NetworkPathQuery(cluster, subnet, flow.Service, flow.Region));
        if (outcome.Verdict == Verdict.Unreachable)
            return Failed(outcome.Verdict, outcome, outcome.Codes, outcome.Path, outcome.Drop!);

        // Each way out is judged on its own (E3, E4, R6): a bucket that admits only its endpoint refuses the
        // requests that a longer route sends through a NAT gateway, and admits the rest.
        bool crossRegion = !string.Equals(flow.Region, clusterRegion, StringComparison.Ordinal);
        var exits = outcome.Exits.IsEmpty
            ? [new PathExit { Via = outcome.Via, Endpoint = outcome.Endpoint, PublicSource = outcome.PublicSource, Path = outcome.Path }]
            : outcome.Exits;
        var refusals = exits.Select(e => (Exit: e, Refusal: Refusal(e, endpoints, cluster, vpc, flow, crossRegion))).ToList();
        var refused = refusals.Where(r => r.Refusal is not null).ToList();
        if (refused.Count == refusals.Count)
        {
            var (code, hop) = refused[0].Refusal!.Value;
            return Failed(Verdict.Denied, outcome, [.. outcome.Codes, code], [.. outcome.Path, hop], hop);
        }
        if (refused.Count > 0)
            return PartlyRefused(flow, subnet, cluster, outcome, refused, refusals.First(r => r.Refusal is null).Exit, advisor);

        return outcome.Verdict == Verdict.Reachable
            ? new FlowResult(flow, subnet, Verdict.Reachable, outcome.Via, outcome.Codes, outcome.Path, null) { Exits = outcome.Exits }
            : Failed(outcome.Verdict, outcome, outcome.Codes, outcome.Path, outcome.Drop!);

        FlowResult Failed(Verdict verdict, NetworkPathOutcome o, ValueArray<ExplanationCode> codes, ValueArray<FlowHop> path, FlowHop drop)
        {
            var primary = PrimaryCode(codes);
            return new FlowResult(flow, subnet, verdict, o.Via, codes, path, Blocker(drop, primary, cluster, subnet, flow, advisor, o.Via),
                verdict == Verdict.Intermittent ? o.Split : null) { Exits = o.Exits };
        }
    }

    /// <summary>Why S3 or a policy refuses the requests that leave by <paramref name="exit"/>, or null when they are admitted.</summary>
    private (ExplanationCode Code, FlowHop Hop)? Refusal(PathExit exit, Dictionary<VpcEndpointId, VpcEndpoint> endpoints, RedshiftCluster cluster,
        Vpc? vpc, RedshiftFlow flow, bool crossRegion)
    {
        // R6: S3 refuses a cross-region request that arrives through a VPC endpoint.
        if (flow.Service == "s3" && crossRegion && exit.Endpoint is { } through)
            return (ExplanationCode.CrossRegionViaEndpoint,
                new FlowHop { Component = through.Value, Kind = "vpc-endpoint", Rule = $"s3 request for {flow.Region}", Passed = false });
        var endpoint = exit.Endpoint is { } id ? endpoints.GetValueOrDefault(id) : null;
        var access = _authorizer.Authorize(new FlowAccessQuery
        {
            Cluster = cluster, Flow = flow, Endpoint = endpoint,
            Vpc = endpoint is null ? null : vpc?.Id,
            PublicSource = exit.PublicSource,
        });
        return access.IsAllowed ? null : (access.Code!.Value, access.DecidedBy!);
    }

    /// <summary>
    /// Some exits admitted, some refused: each request works or fails by the address DNS gave it, so the
    /// flow is intermittent. The path shown is a refused request's, ending at the statement that refused it;
    /// <c>via</c> names the admitted exit; the split (when the probe knows the exact destinations) says which.
    /// </summary>
    private static FlowResult PartlyRefused(RedshiftFlow flow, SubnetId subnet, RedshiftCluster cluster, NetworkPathOutcome outcome,
        List<(PathExit Exit, (ExplanationCode Code, FlowHop Hop)? Refusal)> refused, PathExit admitted, FixAdvisor advisor)
    {
        var (exit, (code, hop)) = (refused[0].Exit, refused[0].Refusal!.Value);
        var codes = outcome.Codes.Concat([code, ExplanationCode.DestinationPartiallyRouted]).Distinct();
        FlowSplit? split = null;
        if (refused.TrueForAll(r => !r.Exit.Destinations.IsEmpty))
        {
            var refusedDestinations = refused.Aggregate(Ipv4PrefixSet.Empty, (all, r) => all.Union(r.Exit.Destinations));
            var passing = outcome.Split?.Passing ?? outcome.Exits.Aggregate(Ipv4PrefixSet.Empty, (all, e) => all.Union(e.Destinations));
            split = new FlowSplit
            {
                Failing = [.. (outcome.Split?.Failing ?? []).Concat(refused.Select(r => new FailingDestinations(
                        r.Exit.Destinations, r.Refusal!.Value.Code, r.Refusal.Value.Hop.Component, PathDirection.Forward) { Via = r.Exit.Via }))
                    .OrderBy(f => f.Destinations.Ranges[0])],
                Passing = passing.Except(refusedDestinations),
                ReplyPorts = outcome.Split?.ReplyPorts,
            };
        }
        var blocker = new FlowBlocker
        {
            Component = hop.Component, Kind = hop.Kind, Rule = hop.Rule, Location = hop.Location,
            Fix = advisor.SuggestForRefusedExit(code, hop, exit, admitted, flow),
        };
        return new FlowResult(flow, subnet, Verdict.Intermittent, admitted.Via, [.. codes], [.. exit.Path, hop], blocker, split)
        {
            Exits = outcome.Exits,
        };
    }

    /// <summary>
    /// The code the fix should address: the root cause a user acts on (private DNS off, a partial
    /// port range, a policy) before the symptom it produces (no route, an ACL drop).
    /// </summary>
    /// <remarks>
    /// DESTINATION_PARTIALLY_ROUTED leads only when the failing part is a routing problem (no route, a
    /// blackhole); a part dropped by an ACL rule, a security group or a peering (G3) is fixed at that
    /// component, so its own code leads (newuser-trial-4 finding 1).
    /// </remarks>
    public static ExplanationCode PrimaryCode(ValueArray<ExplanationCode> codes)
    {
        foreach (var preferred in (ReadOnlySpan<ExplanationCode>)[ExplanationCode.PrivateDnsDisabled, ExplanationCode.EphemeralPortsPartial,
                     ExplanationCode.DestinationPartiallyRouted, ExplanationCode.CrossRegionViaEndpoint,
                     ExplanationCode.EndpointPolicyDeny, ExplanationCode.BucketPolicyDeny])
        {
            if (!codes.Contains(preferred)) continue;
            if (preferred == ExplanationCode.DestinationPartiallyRouted
                && !codes.Contains(ExplanationCode.NoRouteToDestination) && !codes.Contains(ExplanationCode.BadStateRoute))
                continue;
            return preferred;
        }
        foreach (var code in codes)
            if (code != ExplanationCode.DestinationPartiallyRouted) return code;
        return codes.IsEmpty ? new ExplanationCode("UNKNOWN") : codes[0];
    }

    private static FlowBlocker Blocker(FlowHop hop, ExplanationCode code, RedshiftCluster cluster, SubnetId subnet, RedshiftFlow flow, FixAdvisor advisor,
        string? via = null) =>
        new()
        {
            Component = hop.Component,
            Kind = hop.Kind,
            Rule = hop.Rule,
            Location = hop.Location,
            Fix = advisor.Suggest(code, hop, cluster, subnet, flow, via),
        };

    private static string Lower(bool value) => value ? "true" : "false";
}
