using PathSim.Policies;
using PathSim.Topology;

namespace PathSim.Redshift;

/// <summary>
/// <see cref="IFlowAuthorizer"/> over a topology's endpoint and bucket policies: builds the flow's
/// requests (<see cref="RedshiftServiceRequests"/>) with the condition keys of how they arrive (E4),
/// then evaluates the endpoint policy and the bucket policy (<see cref="AccessEvaluator"/>, E3, RS4, RS5).
/// </summary>
public sealed class PolicyFlowAuthorizer : IFlowAuthorizer
{
    private readonly NetworkTopology _topology;

    public PolicyFlowAuthorizer(NetworkTopology topology)
        : this(topology, TopologyPolicies.Parse(topology))
    {
    }

    public PolicyFlowAuthorizer(NetworkTopology topology, TopologyPolicies policies)
    {
        _topology = topology;
        Policies = policies;
    }

    public TopologyPolicies Policies { get; }

    public FlowAccessOutcome Authorize(FlowAccessQuery query) =>
        ToOutcome(Decide(query));

    /// <summary>The full decision, with every check made and the statements that decided them.</summary>
    public AccessDecision Decide(FlowAccessQuery query)
    {
        var principal = RedshiftServiceRequests.Principal(query.Cluster, _topology.Account);
        var account = _topology.Account ?? principal.AccountId;
        var requests = RedshiftServiceRequests.For(query.Flow, principal, account, Arrival(query));
        var endpoint = query.Endpoint is { } e ? Policies.Endpoint(e) : null;
        var bucket = query.Flow.Kind.IsS3() && query.Flow.Bucket is { } name ? Policies.Bucket(name) : null;
        return AccessEvaluator.Evaluate(requests, endpoint, bucket);
    }

    private static RequestContext Arrival(FlowAccessQuery query)
    {
        if (query.Endpoint is { } endpoint) return S3RequestContext.ThroughEndpoint(endpoint.Id, query.Vpc ?? endpoint.Vpc);
        if (query.PublicSource is { } ip) return S3RequestContext.FromPublicIp(ip);
        // Outside the VPC (RS1 without EVR, RS5 provisioned Spectrum) the request comes from AWS's
        // network. Assumption: a request that left the VPC by any other way is treated the same.
        return S3RequestContext.FromAwsNetwork();
    }

    private static FlowAccessOutcome ToOutcome(AccessDecision decision)
    {
        if (decision.IsAllowed) return FlowAccessOutcome.Allowed;
        var deciding = decision.Deciding!;
        var hop = new FlowHop
        {
            Component = deciding.OwnerId,
            Kind = deciding.OwnerKind == PolicyOwnerKind.VpcEndpoint ? "vpc-endpoint" : "s3-bucket",
            Rule = Rule(deciding),
            Passed = false,
            Location = deciding.Location,
        };
        return FlowAccessOutcome.Denied(decision.Code!.Value, hop);
    }

    /// <summary>e.g. <c>statement #1 "DenyUnlessThroughOurEndpoint" denies s3:GetObject on arn:aws:s3:::lake/*: {...}</c>.</summary>
    public static string Rule(PolicyEvidence evidence)
    {
        var what = $"{evidence.Request.Action} on {evidence.Request.Resource}";
        return evidence.Statement is { } s
            ? $"statement {s.DisplayName} {(s.Effect == PolicyEffect.Deny ? "denies" : "allows")} {what}: {s.Text}"
            : $"no statement allows {what}";
    }
}
