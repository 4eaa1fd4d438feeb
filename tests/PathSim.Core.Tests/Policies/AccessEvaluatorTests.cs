using PathSim.Addressing;
using PathSim.Diagnostics;
using PathSim.Policies;
using PathSim.Redshift;
using PathSim.Topology;
using PathSim.Traces;
using Xunit;
using static PathSim.Core.Tests.Policies.PolicyFixtures;

namespace PathSim.Core.Tests.Policies;

public class AccessEvaluatorTests
{
    private static readonly VpcEndpoint Gateway = new()
    {
        Id = new VpcEndpointId("vpce-s3"),
        Vpc = new VpcId("vpc-1"),
        ServiceName = "com.amazonaws.us-east-1.s3",
        Type = VpcEndpointType.Gateway,
        Location = new SourceLocation("t.yaml", 30, 5),
    };

    private static readonly S3Bucket Data = new() { Name = "data", Region = "us-east-1", Location = new SourceLocation("t.yaml", 50, 5) };

    private static readonly RequestContext ViaGateway = S3RequestContext.ThroughEndpoint(Gateway.Id, Gateway.Vpc);

    private static System.Collections.Immutable.ImmutableArray<PolicyRequest> Copy(string bucket = "data") =>
        RedshiftServiceRequests.S3(RedshiftFlowKind.Copy, bucket, RedshiftRole, ViaGateway);

    // RS4: an endpoint policy that lists the data bucket but forgets the manifest bucket.
    private const string DataBucketOnly = """
        {"Statement":[{"Sid":"DataBucket","Effect":"Allow","Principal":"*","Action":["s3:GetObject","s3:ListBucket"],
          "Resource":["arn:aws:s3:::data","arn:aws:s3:::data/*"]}]}
        """;

    [Fact]
    public void EndpointWithoutPolicy_FullAccess()
    {
        var decision = AccessEvaluator.Evaluate(Copy(), AttachedPolicy.Endpoint(Gateway, null), null);

        Assert.True(decision.IsAllowed);
        Assert.All(decision.Evidence, e => Assert.Equal((PolicyOwnerKind.VpcEndpoint, false, PolicyDecisionKind.Allow, (PolicyStatement?)null), (e.OwnerKind, e.HasPolicy, e.Result, e.Statement)));
        Assert.Equal(new SourceLocation("t.yaml", 30, 5), decision.Evidence[0].Location);
    }

    [Fact]
    public void EndpointPolicyListingBucket_Allowed_WithAllowingStatements()
    {
        var decision = AccessEvaluator.Evaluate(Copy(), AttachedPolicy.Endpoint(Gateway, Parse(DataBucketOnly)), AttachedPolicy.Bucket(Data, null));

        Assert.True(decision.IsAllowed);
        Assert.Equal(
            [(PolicyOwnerKind.VpcEndpoint, "s3:GetObject", PolicyDecisionKind.Allow, "DataBucket"),
             (PolicyOwnerKind.Bucket, "s3:GetObject", PolicyDecisionKind.ImplicitDeny, null),
             (PolicyOwnerKind.VpcEndpoint, "s3:ListBucket", PolicyDecisionKind.Allow, "DataBucket"),
             (PolicyOwnerKind.Bucket, "s3:ListBucket", PolicyDecisionKind.ImplicitDeny, (string?)null)],
            decision.Evidence.Select(e => (e.OwnerKind, e.Request.Action, e.Result, e.StatementSid)));
    }

    [Fact]
    public void EndpointPolicyMissingManifestBucket_EndpointPolicyDeny_Implicit()
    {
        var decision = AccessEvaluator.Evaluate(Copy("manifests"), AttachedPolicy.Endpoint(Gateway, Parse(DataBucketOnly)), null);

        Assert.Equal(ExplanationCode.EndpointPolicyDeny, decision.Code);
        var deciding = decision.Deciding!;
        Assert.Equal((PolicyOwnerKind.VpcEndpoint, "vpce-s3", PolicyDecisionKind.ImplicitDeny, true, (PolicyStatement?)null),
            (deciding.OwnerKind, deciding.OwnerId, deciding.Result, deciding.HasPolicy, deciding.Statement));
        Assert.Equal("arn:aws:s3:::manifests/*", deciding.Request.Resource);
        Assert.Equal(Where, deciding.Location);
        Assert.Equal("endpoint vpce-s3: ImplicitDeny (no statement applies) for s3:GetObject on arn:aws:s3:::manifests/*", deciding.ToString());
    }

    [Fact]
    public void EndpointPolicyExplicitDeny_EndpointPolicyDeny_BeforeBucketIsAsked()
    {
        const string Policy = """
            {"Statement":[{"Effect":"Allow","Principal":"*","Action":"*","Resource":"*"},
                          {"Sid":"NoWrites","Effect":"Deny","Principal":"*","Action":"s3:Put*","Resource":"*"}]}
            """;
        var unload = RedshiftServiceRequests.S3(RedshiftFlowKind.Unload, "data", RedshiftRole, ViaGateway);

        var decision = AccessEvaluator.Evaluate(unload, AttachedPolicy.Endpoint(Gateway, Parse(Policy)), AttachedPolicy.Bucket(Data, null));

        Assert.Equal(ExplanationCode.EndpointPolicyDeny, decision.Code);
        Assert.Equal((1, "NoWrites", "s3:PutObject"), (decision.Deciding!.StatementIndex, decision.Deciding.StatementSid, decision.Deciding.Request.Action));
        Assert.Single(decision.Evidence);
    }

    [Fact]
    public void BucketExplicitDenyOnSecondRequest_BucketPolicyDeny_NamesThatRequest()
    {
        const string Policy = """{"Statement":[{"Sid":"NoListing","Effect":"Deny","Principal":"*","Action":"s3:ListBucket","Resource":"arn:aws:s3:::data"}]}""";

        var decision = AccessEvaluator.Evaluate(Copy(), AttachedPolicy.Endpoint(Gateway, null), AttachedPolicy.Bucket(Data, Parse(Policy)));

        Assert.Equal(ExplanationCode.BucketPolicyDeny, decision.Code);
        Assert.Equal(4, decision.Evidence.Count);
        Assert.Equal(("s3:ListBucket", "NoListing", 0), (decision.Deciding!.Request.Action, decision.Deciding.StatementSid, decision.Deciding.StatementIndex));
        Assert.Equal("""{"Sid":"NoListing","Effect":"Deny","Principal":"*","Action":"s3:ListBucket","Resource":"arn:aws:s3:::data"}""", decision.Deciding.StatementText);
        Assert.Equal("BUCKET_POLICY_DENY: bucket data: ExplicitDeny (statement #0 \"NoListing\") for s3:ListBucket on arn:aws:s3:::data", decision.ToString());
    }

    [Fact]
    public void NoPoliciesAtAll_Allowed_WithNoEvidence()
    {
        var decision = AccessEvaluator.Evaluate(RedshiftServiceRequests.S3(RedshiftFlowKind.Copy, "data", RedshiftRole, S3RequestContext.FromPublicIp(Ipv4Address.Parse("198.51.100.7"))), null, null);

        Assert.True(decision.IsAllowed);
        Assert.Empty(decision.Evidence);
    }

    [Fact]
    public void AccessDecision_DenialWithoutDenyingCheck_Throws()
    {
        Assert.Throws<ArgumentException>(() => new AccessDecision(ExplanationCode.BucketPolicyDeny, []));
    }
}
