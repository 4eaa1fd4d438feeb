using PathSim.Addressing;
using PathSim.Diagnostics;
using PathSim.Policies;
using PathSim.Redshift;
using PathSim.Topology;
using PathSim.Traces;
using Xunit;
using static PathSim.Core.Tests.Policies.PolicyFixtures;

namespace PathSim.Core.Tests.Policies;

/// <summary>
/// The bucket policies of the Redshift page "Redshift Spectrum and enhanced VPC routing" and of the S3
/// page "Controlling access from VPC endpoints with bucket policies", against the three ways a Redshift
/// request reaches S3: COPY through a gateway endpoint, Spectrum from AWS's network (RS5), COPY from a
/// NAT gateway's public IP.
/// </summary>
public class RedshiftBucketPolicyScenarioTests
{
    private static readonly VpcEndpointId Vpce = new("vpce-1a2b3c4d");
    private static readonly VpcId Vpc = new("vpc-0123");
    private static readonly Ipv4Address NatEip = Ipv4Address.Parse("203.0.113.10");

    // Spectrum page: "permits access to the specified bucket only from traffic originated by Redshift
    // Spectrum owned by AWS account 123456789012" — a principal-restricted Allow.
    private const string SpectrumPrincipalPolicy = """
        {
        	"Version": "2012-10-17",
        	"Statement": [{
        		"Sid": "BucketPolicyForSpectrum",
        		"Effect": "Allow",
        		"Principal": {
        			"AWS": ["arn:aws:iam::123456789012:role/redshift"]
        		},
        		"Action": ["s3:GetObject", "s3:List*"],
        		"Resource": ["arn:aws:s3:::examplebucket/*"],
        		"Condition": {
        			"StringEquals": {
        				"aws:UserAgent": "AWS Redshift/Spectrum"
        			}
        		}
        	}]
        }
        """;

    // S3 page "Restricting access to a specific VPC endpoint": deny everything not through vpce-1a2b3c4d.
    private const string EndpointRestrictedPolicy = """
        {
           "Version": "2012-10-17",
           "Id": "Policy1415115909152",
           "Statement": [
             {
               "Sid": "Access-to-specific-VPCE-only",
               "Principal": "*",
               "Action": "s3:*",
               "Effect": "Deny",
               "Resource": ["arn:aws:s3:::examplebucket",
                            "arn:aws:s3:::examplebucket/*"],
               "Condition": {
                 "StringNotEquals": {
                   "aws:SourceVpce": "vpce-1a2b3c4d"
                 }
               }
             }
           ]
        }
        """;

    private static readonly S3Bucket Bucket = new() { Name = "examplebucket", Region = "us-east-1", Location = new SourceLocation("t.yaml", 40, 3) };

    private static System.Collections.Immutable.ImmutableArray<PolicyRequest> Requests(RedshiftFlowKind flow, RequestContext arrival) =>
        RedshiftServiceRequests.S3(flow, "examplebucket", RedshiftRole, arrival);

    private static AttachedPolicy BucketPolicy(string json) => AttachedPolicy.Bucket(Bucket, Parse(json));

    [Fact]
    public void EndpointRestrictedPolicy_CopyThroughThatEndpoint_Allowed()
    {
        var decision = AccessEvaluator.Evaluate(Requests(RedshiftFlowKind.Copy, S3RequestContext.ThroughEndpoint(Vpce, Vpc)), null, BucketPolicy(EndpointRestrictedPolicy));

        Assert.True(decision.IsAllowed);
        Assert.Null(decision.Code);
        Assert.Equal(
            [("s3:GetObject", PolicyDecisionKind.ImplicitDeny), ("s3:ListBucket", PolicyDecisionKind.ImplicitDeny)],
            decision.Evidence.Select(e => (e.Request.Action, e.Result)));
    }

    [Fact]
    public void EndpointRestrictedPolicy_SpectrumOutsideVpc_BucketPolicyDeny()
    {
        // RS5: "A bucket policy that admits only specified VPC endpoints therefore denies Spectrum":
        // aws:SourceVpce is missing, and a missing key makes StringNotEquals true.
        var decision = AccessEvaluator.Evaluate(Requests(RedshiftFlowKind.Spectrum, S3RequestContext.FromAwsNetwork()), null, BucketPolicy(EndpointRestrictedPolicy));

        Assert.False(decision.IsAllowed);
        Assert.Equal(ExplanationCode.BucketPolicyDeny, decision.Code);
        var deciding = decision.Deciding!;
        Assert.Equal((PolicyOwnerKind.Bucket, "examplebucket", "s3:GetObject", PolicyDecisionKind.ExplicitDeny),
            (deciding.OwnerKind, deciding.OwnerId, deciding.Request.Action, deciding.Result));
        Assert.Equal((0, "Access-to-specific-VPCE-only"), (deciding.StatementIndex, deciding.StatementSid));
        Assert.Contains("\"StringNotEquals\"", deciding.StatementText);
        Assert.Equal(Where, deciding.Location);
    }

    [Fact]
    public void EndpointRestrictedPolicy_CopyFromNatPublicIp_BucketPolicyDeny()
    {
        var decision = AccessEvaluator.Evaluate(Requests(RedshiftFlowKind.Copy, S3RequestContext.FromPublicIp(NatEip)), null, BucketPolicy(EndpointRestrictedPolicy));

        Assert.Equal(ExplanationCode.BucketPolicyDeny, decision.Code);
        Assert.Equal(("s3:GetObject", "Access-to-specific-VPCE-only"), (decision.Deciding!.Request.Action, decision.Deciding.StatementSid));
        Assert.Single(decision.Evidence);
    }

    [Fact]
    public void EndpointRestrictedPolicy_CopyThroughAnotherEndpoint_BucketPolicyDeny()
    {
        var decision = AccessEvaluator.Evaluate(
            Requests(RedshiftFlowKind.Copy, S3RequestContext.ThroughEndpoint(new VpcEndpointId("vpce-other"), Vpc)), null, BucketPolicy(EndpointRestrictedPolicy));

        Assert.Equal(ExplanationCode.BucketPolicyDeny, decision.Code);
    }

    [Fact]
    public void SpectrumPrincipalPolicy_SpectrumOutsideVpc_AllowedByThatStatement()
    {
        var decision = AccessEvaluator.Evaluate(Requests(RedshiftFlowKind.Spectrum, S3RequestContext.FromAwsNetwork()), null, BucketPolicy(SpectrumPrincipalPolicy));

        Assert.True(decision.IsAllowed);
        // GetObject on objects is allowed by the statement; ListBucket names the bucket ARN, which the
        // example's Resource (objects only) does not cover, so the bucket policy is silent and the
        // role's identity policy decides (assumption: it allows).
        Assert.Equal(
            [("s3:GetObject", PolicyDecisionKind.Allow, (int?)0), ("s3:ListBucket", PolicyDecisionKind.ImplicitDeny, (int?)null)],
            decision.Evidence.Select(e => (e.Request.Action, e.Result, e.StatementIndex)));
        Assert.Equal("BucketPolicyForSpectrum", decision.Evidence[0].StatementSid);
    }

    [Fact]
    public void SpectrumPrincipalPolicy_CopyThroughEndpoint_NotAllowedByTheStatementButNotDenied()
    {
        var requests = Requests(RedshiftFlowKind.Copy, S3RequestContext.ThroughEndpoint(Vpce, Vpc));

        // The Allow needs the Spectrum user agent; COPY does not send it.
        Assert.Equal(PolicyDecisionKind.ImplicitDeny, PolicyEvaluator.Evaluate(Parse(SpectrumPrincipalPolicy), requests[0]).Kind);
        Assert.True(AccessEvaluator.Evaluate(requests, null, BucketPolicy(SpectrumPrincipalPolicy)).IsAllowed);
    }

    [Fact]
    public void SpectrumPrincipalPolicy_OtherRole_NotAllowedByTheStatement()
    {
        var other = new IamPrincipal("arn:aws:iam::123456789012:role/etl", "123456789012");
        var request = RedshiftServiceRequests.S3(RedshiftFlowKind.Spectrum, "examplebucket", other, S3RequestContext.FromAwsNetwork())[0];

        Assert.Equal(PolicyDecisionKind.ImplicitDeny, PolicyEvaluator.Evaluate(Parse(SpectrumPrincipalPolicy), request).Kind);
    }

    [Fact]
    public void SourceIpAllowList_ThroughEndpoint_NeverMatches()
    {
        // E4: aws:SourceIp is absent through an endpoint, so an IpAddress condition cannot match there
        // and a NotIpAddress deny applies.
        const string Policy = """
            {"Statement":[{"Sid":"DenyOutsideNat","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::examplebucket/*",
              "Condition":{"NotIpAddress":{"aws:SourceIp":"203.0.113.10/32"}}}]}
            """;

        var viaNat = AccessEvaluator.Evaluate(Requests(RedshiftFlowKind.Copy, S3RequestContext.FromPublicIp(NatEip)), null, BucketPolicy(Policy));
        var viaEndpoint = AccessEvaluator.Evaluate(Requests(RedshiftFlowKind.Copy, S3RequestContext.ThroughEndpoint(Vpce, Vpc)), null, BucketPolicy(Policy));

        Assert.True(viaNat.IsAllowed);
        Assert.Equal((ExplanationCode.BucketPolicyDeny, "DenyOutsideNat"), (viaEndpoint.Code, viaEndpoint.Deciding!.StatementSid));
    }

    [Fact]
    public void SpectrumOnAwsNetwork_HasNoEndpointKeys()
    {
        var context = S3RequestContext.FromAwsNetwork();

        Assert.False(context.Contains(ConditionKeys.SourceVpce));
        Assert.False(context.Contains(ConditionKeys.SourceVpc));
        Assert.True(context.TryGetValues(ConditionKeys.SourceIp, out var ip));
        Assert.Equal(["52.94.0.1"], ip);
    }

    [Fact]
    public void ThroughEndpoint_HasEndpointKeysAndNoSourceIp()
    {
        var context = S3RequestContext.ThroughEndpoint(Vpce, Vpc, Ipv4Address.Parse("10.0.1.5"));

        Assert.Equal(
            "{aws:SecureTransport=true, aws:SourceVpc=vpc-0123, aws:SourceVpce=vpce-1a2b3c4d, aws:VpcSourceIp=10.0.1.5}",
            context.ToString());
    }
}
