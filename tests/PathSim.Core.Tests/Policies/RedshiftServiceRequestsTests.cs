using PathSim.Policies;
using PathSim.Redshift;
using PathSim.Topology;
using Xunit;
using static PathSim.Core.Tests.Policies.PolicyFixtures;

namespace PathSim.Core.Tests.Policies;

public class RedshiftServiceRequestsTests
{
    private static RedshiftCluster Cluster(params string[] roles) => new()
    {
        Id = new RedshiftClusterId("analytics"),
        Subnets = [new SubnetId("subnet-1")],
        IamRoles = [.. roles],
    };

    [Theory]
    [InlineData(RedshiftFlowKind.Copy, "s3:GetObject arn:aws:s3:::b/*|s3:ListBucket arn:aws:s3:::b", "AWS Redshift")]
    [InlineData(RedshiftFlowKind.Unload, "s3:PutObject arn:aws:s3:::b/*|s3:ListBucket arn:aws:s3:::b|s3:GetBucketLocation arn:aws:s3:::b", "AWS Redshift")]
    [InlineData(RedshiftFlowKind.Spectrum, "s3:GetObject arn:aws:s3:::b/*|s3:ListBucket arn:aws:s3:::b", "AWS Redshift/Spectrum")]
    public void S3_EachFlow_ActionsResourcesAndUserAgent(RedshiftFlowKind flow, string expected, string userAgent)
    {
        var requests = RedshiftServiceRequests.S3(flow, "b", RedshiftRole, S3RequestContext.FromAwsNetwork());

        Assert.Equal(expected, string.Join("|", requests.Select(r => $"{r.Action} {r.Resource}")));
        Assert.All(requests, r =>
        {
            Assert.Equal(RedshiftRole, r.Principal);
            Assert.True(r.Context.TryGetValues(ConditionKeys.UserAgent, out var ua));
            Assert.Equal([userAgent], ua);
        });
    }

    [Fact]
    public void Catalog_Glue_ThreeCallsOnRegionCatalog()
    {
        var requests = RedshiftServiceRequests.Catalog(RedshiftFlowKind.Glue, "eu-west-1", "123456789012", RedshiftRole, RequestContext.Empty);

        Assert.Equal(
            ["glue:GetDatabase arn:aws:glue:eu-west-1:123456789012:catalog", "glue:GetTable arn:aws:glue:eu-west-1:123456789012:catalog",
             "glue:GetPartitions arn:aws:glue:eu-west-1:123456789012:catalog"],
            requests.Select(r => $"{r.Action} {r.Resource}"));
    }

    [Fact]
    public void Catalog_Athena_GetDataCatalog()
    {
        var athena = Assert.Single(RedshiftServiceRequests.Catalog(RedshiftFlowKind.Athena, "eu-west-1", "123456789012", RedshiftRole, RequestContext.Empty));

        Assert.Equal("athena:GetDataCatalog arn:aws:athena:eu-west-1:123456789012:datacatalog/AwsDataCatalog", $"{athena.Action} {athena.Resource}");
    }

    [Fact]
    public void For_FlowWithoutBucket_NamesAnyBucket()
    {
        var flow = new RedshiftFlow { Kind = RedshiftFlowKind.Unload, Service = "s3", Region = "us-east-1" };

        Assert.Equal(["arn:aws:s3:::*/*", "arn:aws:s3:::*", "arn:aws:s3:::*"],
            RedshiftServiceRequests.For(flow, RedshiftRole, "123456789012", RequestContext.Empty).Select(r => r.Resource));
    }

    [Fact]
    public void Principal_FirstRole()
    {
        var p = RedshiftServiceRequests.Principal(Cluster("arn:aws:iam::111122223333:role/copy", "arn:aws:iam::111122223333:role/other"));

        Assert.Equal(("arn:aws:iam::111122223333:role/copy", "111122223333"), (p.Arn, p.AccountId));
    }

    [Fact]
    public void Principal_NoRole_UnknownPlaceholder()
    {
        Assert.Equal("arn:aws:iam::000000000000:role/unknown", RedshiftServiceRequests.Principal(Cluster()).Arn);
        Assert.Equal(("arn:aws:iam::444455556666:role/unknown", "444455556666"),
            (RedshiftServiceRequests.Principal(Cluster("not-an-arn"), "444455556666").Arn, RedshiftServiceRequests.Principal(Cluster(), "444455556666").AccountId));
    }

    [Fact]
    public void PolicyRequest_EffectiveContext_AddsPrincipalKeys()
    {
        var request = Request(context: RequestContext.Empty.With("aws:SourceVpce", "vpce-1"));

        Assert.Equal("{aws:PrincipalAccount=123456789012, aws:PrincipalArn=arn:aws:iam::123456789012:role/redshift, aws:SourceVpce=vpce-1}",
            request.EffectiveContext.ToString());
    }
}
