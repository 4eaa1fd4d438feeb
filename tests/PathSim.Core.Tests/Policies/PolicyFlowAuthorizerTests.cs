using PathSim.Addressing;
using PathSim.Diagnostics;
using PathSim.Policies;
using PathSim.Redshift;
using PathSim.Topology;
using PathSim.Traces;
using Xunit;

namespace PathSim.Core.Tests.Policies;

/// <summary>The topologies/spectrum-vpce-policy-provisioned.yaml situation, built in code, through the analyzer's seam.</summary>
public class PolicyFlowAuthorizerTests
{
    private static readonly SourceLocation BucketPolicyAt = new("spectrum.yaml", 92, 7);

    private const string LakePolicy = """
        {"Version":"2012-10-17","Statement":[
          {"Sid":"AllowRedshiftRole","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/redshift-spectrum"},"Action":["s3:GetObject","s3:ListBucket"],"Resource":["arn:aws:s3:::lake","arn:aws:s3:::lake/*"]},
          {"Sid":"DenyUnlessThroughOurEndpoint","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::lake","arn:aws:s3:::lake/*"],"Condition":{"StringNotEquals":{"aws:SourceVpce":"vpce-s3"}}}]}
        """;

    private static readonly VpcEndpoint S3Endpoint = new()
    {
        Id = new VpcEndpointId("vpce-s3"),
        Vpc = new VpcId("vpc-analytics"),
        ServiceName = "com.amazonaws.us-east-1.s3",
        Type = VpcEndpointType.Gateway,
    };

    private static readonly VpcEndpoint GlueEndpoint = new()
    {
        Id = new VpcEndpointId("vpce-glue"),
        Vpc = new VpcId("vpc-analytics"),
        ServiceName = "com.amazonaws.us-east-1.glue",
        Type = VpcEndpointType.Interface,
        Policy = new PolicyText("""{"Statement":[{"Sid":"CatalogReads","Effect":"Allow","Principal":"*","Action":"glue:Get*","Resource":"arn:aws:glue:us-east-1:111122223333:*"}]}""", new SourceLocation("spectrum.yaml", 50, 7)),
    };

    private static readonly RedshiftCluster Cluster = new()
    {
        Id = new RedshiftClusterId("analytics"),
        NodeType = "ra3.4xlarge",
        EnhancedVpcRouting = true,
        Subnets = [new SubnetId("subnet-priv-a")],
        IamRoles = ["arn:aws:iam::111122223333:role/redshift-spectrum"],
    };

    private static readonly NetworkTopology Topology = new()
    {
        Region = "us-east-1",
        Account = "111122223333",
        VpcEndpoints = [S3Endpoint, GlueEndpoint],
        RedshiftClusters = [Cluster],
        S3Buckets = [new S3Bucket { Name = "lake", Region = "us-east-1", Policy = new PolicyText(LakePolicy, BucketPolicyAt) }],
    };

    private static RedshiftFlow Lake(RedshiftFlowKind kind) => new() { Kind = kind, Service = "s3", Region = "us-east-1", Bucket = "lake" };

    private readonly PolicyFlowAuthorizer _authorizer = new(Topology);

    [Fact]
    public void Copy_ThroughTheAdmittedEndpoint_Allowed()
    {
        var outcome = _authorizer.Authorize(new FlowAccessQuery { Cluster = Cluster, Flow = Lake(RedshiftFlowKind.Copy), Endpoint = S3Endpoint, Vpc = S3Endpoint.Vpc });

        Assert.True(outcome.IsAllowed);
        Assert.Empty(_authorizer.Policies.Diagnostics);
    }

    [Fact]
    public void ProvisionedSpectrum_OutsideVpc_BucketPolicyDenyWithStatement()
    {
        var outcome = _authorizer.Authorize(new FlowAccessQuery { Cluster = Cluster, Flow = Lake(RedshiftFlowKind.Spectrum), OutsideVpc = true });

        Assert.False(outcome.IsAllowed);
        Assert.Equal(ExplanationCode.BucketPolicyDeny, outcome.Code);
        var hop = outcome.DecidedBy!;
        Assert.Equal(("lake", "s3-bucket", false, BucketPolicyAt), (hop.Component, hop.Kind, hop.Passed, hop.Location));
        Assert.StartsWith("statement #1 \"DenyUnlessThroughOurEndpoint\" denies s3:GetObject on arn:aws:s3:::lake/*: {\"Sid\":\"DenyUnlessThroughOurEndpoint\"", hop.Rule);
    }

    [Fact]
    public void Copy_FromNatPublicIp_BucketPolicyDeny()
    {
        var outcome = _authorizer.Authorize(new FlowAccessQuery { Cluster = Cluster, Flow = Lake(RedshiftFlowKind.Copy), PublicSource = Ipv4Address.Parse("203.0.113.10") });

        Assert.Equal(ExplanationCode.BucketPolicyDeny, outcome.Code);
    }

    [Fact]
    public void Glue_ThroughInterfaceEndpoint_AllowedByCatalogStatement()
    {
        var flow = new RedshiftFlow { Kind = RedshiftFlowKind.Glue, Service = "glue", Region = "us-east-1" };

        var decision = _authorizer.Decide(new FlowAccessQuery { Cluster = Cluster, Flow = flow, Endpoint = GlueEndpoint, Vpc = GlueEndpoint.Vpc });

        Assert.True(decision.IsAllowed);
        Assert.Equal(["CatalogReads", "CatalogReads", "CatalogReads"], decision.Evidence.Select(e => e.StatementSid));
    }

    [Fact]
    public void Unload_ThroughEndpointWhosePolicyOmitsPut_EndpointPolicyDeny()
    {
        var endpoint = S3Endpoint with
        {
            Policy = new PolicyText("""{"Statement":[{"Effect":"Allow","Principal":"*","Action":["s3:Get*","s3:List*"],"Resource":"*"}]}""", new SourceLocation("spectrum.yaml", 44, 7)),
        };
        var authorizer = new PolicyFlowAuthorizer(Topology with { VpcEndpoints = [endpoint, GlueEndpoint] });

        var outcome = authorizer.Authorize(new FlowAccessQuery { Cluster = Cluster, Flow = Lake(RedshiftFlowKind.Unload), Endpoint = endpoint, Vpc = endpoint.Vpc });

        Assert.Equal(ExplanationCode.EndpointPolicyDeny, outcome.Code);
        Assert.Equal(("vpce-s3", "vpc-endpoint", "no statement allows s3:PutObject on arn:aws:s3:::lake/*", new SourceLocation("spectrum.yaml", 44, 7)),
            (outcome.DecidedBy!.Component, outcome.DecidedBy.Kind, outcome.DecidedBy.Rule, outcome.DecidedBy.Location));
    }

    [Fact]
    public void InvalidPolicy_ReportedOnce_AsPs2107()
    {
        var broken = Topology with { S3Buckets = [new S3Bucket { Name = "lake", Region = "us-east-1", Policy = new PolicyText("""{"Statement":{"Effect":"Permit","Action":"*","Resource":"*"}}""", BucketPolicyAt) }] };

        var d = Assert.Single(TopologyPolicies.Parse(broken).Diagnostics);

        Assert.Equal("spectrum.yaml:92:7: error PS2107: the policy document is not valid: $.Statement.Effect: 'Permit' is not \"Allow\" or \"Deny\"", d.ToString());
    }
}
