using PathSim.Collections;
using PathSim.Topology;
using PathSim.Traces;

namespace PathSim.Redshift;

/// <summary>
/// The Redshift analysis (AWS-RULES.md RS1–RS8): for each cluster, each subnet of its subnet group and
/// each flow, decide where the traffic runs, ask the network (<see cref="INetworkPathProbe"/>) about
/// in-VPC flows, apply the policies (<see cref="IFlowAuthorizer"/>) to the requests, and explain.
/// </summary>
public sealed class RedshiftAnalyzer(INetworkPathProbe probe, IFlowAuthorizer authorizer)
{
    /// <summary>Analyses every cluster, or only <paramref name="only"/> when given (the caller checks it exists).</summary>
    public RedshiftCheck Check(NetworkTopology topology, RedshiftClusterId? only = null)
    {
        var advisor = new FixAdvisor(topology);
        var clusters = topology.RedshiftClusters
            .Where(c => only is null || c.Id == only)
            .Select(c => CheckCluster(topology, c, advisor));
        return new RedshiftCheck(topology.Source, [.. clusters]);
    }

    private ClusterCheck CheckCluster(NetworkTopology topology, RedshiftCluster cluster, FixAdvisor advisor)
    {
        string region = RedshiftFlowPlanner.ClusterRegion(topology, cluster);
        var vpc = RedshiftFlowPlanner.ClusterVpc(topology, cluster);
        var flows = RedshiftFlowPlanner.Plan(topology, cluster);
        var results = new List<FlowResult>();
        var outside = new List<OutsideVpcTraffic>();
        var outsideAccess = new Dictionary<RedshiftFlow, FlowAccessOutcome>();

        foreach (var flow in flows)
        {
            var placement = FlowPlacement.Decide(cluster, flow, region);
            if (placement.Kind != FlowPlacementKind.OutsideVpc) continue;
            // RS5/E4: outside the VPC the requests carry no aws:SourceVpce/aws:SourceVpc.
            var access = authorizer.Authorize(new FlowAccessQuery { Cluster = cluster, Flow = flow, OutsideVpc = true });
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
                    FlowPlacementKind.SpectrumCrossRegion => SpectrumCrossRegion(cluster, subnet, flow, advisor),
                    FlowPlacementKind.OutsideVpc => OutsideVpc(cluster, subnet, flow, placement.Code!.Value, outsideAccess[flow], advisor),
                    FlowPlacementKind.InVpc => InVpc(topology, cluster, vpc, subnet, flow, region, advisor),
                    _ => throw new InvalidOperationException(placement.Kind.ToString()),
                });
            }
        }
        return new ClusterCheck(cluster.Id, [.. results], [.. outside]);
    }

    private static FlowResult SpectrumCrossRegion(RedshiftCluster cluster, SubnetId subnet, RedshiftFlow flow, FixAdvisor advisor)
    {
        var hop = new FlowHop { Component = flow.Bucket ?? flow.Target, Kind = "s3-bucket", Rule = $"region {flow.Region}", Passed = false };
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

    private FlowResult InVpc(NetworkTopology topology, RedshiftCluster cluster, Vpc? vpc, SubnetId subnet, RedshiftFlow flow, string clusterRegion, FixAdvisor advisor)
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

        var outcome = probe.Probe(new NetworkPathQuery(cluster, subnet, flow.Service, flow.Region));
        if (outcome.Verdict == Verdict.Unreachable)
            return Failed(outcome.Verdict, outcome, outcome.Codes, outcome.Path, outcome.Drop!);

        // R6: S3 refuses a cross-region request that arrives through a VPC endpoint.
        bool crossRegion = !string.Equals(flow.Region, clusterRegion, StringComparison.Ordinal);
        if (flow.Service == "s3" && crossRegion && outcome.Endpoint is not null)
        {
            var hop = new FlowHop { Component = outcome.Endpoint.Value.Value, Kind = "vpc-endpoint", Rule = $"s3 request for {flow.Region}", Passed = false };
            return Failed(Verdict.Denied, outcome, [.. outcome.Codes, ExplanationCode.CrossRegionViaEndpoint], [.. outcome.Path, hop], hop);
        }

        var endpoint = outcome.Endpoint is { } id ? topology.VpcEndpoints.FirstOrDefault(e => e.Id == id) : null;
        var access = authorizer.Authorize(new FlowAccessQuery
        {
            Cluster = cluster, Flow = flow, Endpoint = endpoint,
            Vpc = endpoint is null ? null : vpc?.Id,
            PublicSource = outcome.PublicSource,
        });
        if (!access.IsAllowed)
            return Failed(Verdict.Denied, outcome, [.. outcome.Codes, access.Code!.Value], [.. outcome.Path, access.DecidedBy!], access.DecidedBy!);

        return outcome.Verdict == Verdict.Reachable
            ? new FlowResult(flow, subnet, Verdict.Reachable, outcome.Via, outcome.Codes, outcome.Path, null)
            : Failed(outcome.Verdict, outcome, outcome.Codes, outcome.Path, outcome.Drop!);

        FlowResult Failed(Verdict verdict, NetworkPathOutcome o, ValueArray<ExplanationCode> codes, ValueArray<FlowHop> path, FlowHop drop)
        {
            var primary = PrimaryCode(codes);
            return new FlowResult(flow, subnet, verdict, o.Via, codes, path, Blocker(drop, primary, cluster, subnet, flow, advisor, o.Via));
        }
    }

    /// <summary>
    /// The code the fix should address: the root cause a user acts on (private DNS off, a partial
    /// port range, a policy) before the symptom it produces (no route, an ACL drop).
    /// </summary>
    public static ExplanationCode PrimaryCode(ValueArray<ExplanationCode> codes)
    {
        foreach (var preferred in (ReadOnlySpan<ExplanationCode>)[ExplanationCode.PrivateDnsDisabled, ExplanationCode.EphemeralPortsPartial,
                     ExplanationCode.DestinationPartiallyRouted, ExplanationCode.CrossRegionViaEndpoint,
                     ExplanationCode.EndpointPolicyDeny, ExplanationCode.BucketPolicyDeny])
            if (codes.Contains(preferred)) return preferred;
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
