using PathSim.Redshift;
using PathSim.Topology;
using PathSim.Traces;
using Xunit;

namespace PathSim.Core.Tests.Redshift;

public sealed class FlowPlacementTests
{
    private static RedshiftCluster Cluster(RedshiftDeployment deployment, string? nodeType, bool evr) => new()
    {
        Id = new RedshiftClusterId("c1"),
        Subnets = [new SubnetId("subnet-1")],
        Deployment = deployment,
        NodeType = nodeType,
        EnhancedVpcRouting = evr,
    };

    private static RedshiftFlow Flow(RedshiftFlowKind kind, string region = "us-east-1") =>
        new() { Kind = kind, Service = kind.IsS3() ? "s3" : "glue", Region = region, Bucket = kind.IsS3() ? "b" : null };

    [Theory]
    [InlineData("ra3.4xlarge")]
    [InlineData("dc2.large")]
    [InlineData(null)]
    public void Decide_ProvisionedSpectrum_IsOutsideVpcEvenWithEvr(string? nodeType)
    {
        var placement = FlowPlacement.Decide(Cluster(RedshiftDeployment.Provisioned, nodeType, evr: true), Flow(RedshiftFlowKind.Spectrum), "us-east-1");

        Assert.Equal(new FlowPlacement(FlowPlacementKind.OutsideVpc, ExplanationCode.SpectrumOutsideVpc), placement);
    }

    [Fact]
    public void Decide_RgNodeTypeSpectrumWithEvr_IsInVpc() =>
        Assert.Equal(FlowPlacementKind.InVpc,
            FlowPlacement.Decide(Cluster(RedshiftDeployment.Provisioned, "rg.xlarge", evr: true), Flow(RedshiftFlowKind.Spectrum), "us-east-1").Kind);

    [Fact]
    public void Decide_ServerlessSpectrumWithoutEvr_IsOutsideVpcBecauseOfEvr() =>
        Assert.Equal(new FlowPlacement(FlowPlacementKind.OutsideVpc, ExplanationCode.EvrDisabled),
            FlowPlacement.Decide(Cluster(RedshiftDeployment.Serverless, null, evr: false), Flow(RedshiftFlowKind.Spectrum), "us-east-1"));

    [Theory]
    [InlineData(RedshiftFlowKind.Copy)]
    [InlineData(RedshiftFlowKind.Unload)]
    [InlineData(RedshiftFlowKind.Glue)]
    public void Decide_EvrOff_IsOutsideVpcWithEvrDisabled(RedshiftFlowKind kind) =>
        Assert.Equal(new FlowPlacement(FlowPlacementKind.OutsideVpc, ExplanationCode.EvrDisabled),
            FlowPlacement.Decide(Cluster(RedshiftDeployment.Provisioned, "ra3.4xlarge", evr: false), Flow(kind), "us-east-1"));

    [Fact]
    public void Decide_SpectrumBucketInAnotherRegion_IsCrossRegionForEveryDeployment()
    {
        foreach (var deployment in new[] { RedshiftDeployment.Provisioned, RedshiftDeployment.Serverless })
            Assert.Equal(new FlowPlacement(FlowPlacementKind.SpectrumCrossRegion, ExplanationCode.SpectrumBucketCrossRegion),
                FlowPlacement.Decide(Cluster(deployment, "ra3.4xlarge", evr: true), Flow(RedshiftFlowKind.Spectrum, "eu-west-1"), "us-east-1"));
    }

    [Fact]
    public void Decide_CrossRegionUnloadWithEvr_IsInVpc() =>
        Assert.Equal(FlowPlacementKind.InVpc,
            FlowPlacement.Decide(Cluster(RedshiftDeployment.Provisioned, "ra3.4xlarge", evr: true), Flow(RedshiftFlowKind.Unload, "eu-west-1"), "us-east-1").Kind);
}
