using PathSim.Redshift;
using PathSim.Testing.Topologies;
using PathSim.Topology;
using PathSim.Traces;
using Xunit;

namespace PathSim.Core.Tests.Redshift;

/// <summary>The analysis logic over a fake network and fake policies: placement, RS3, cross-region, denial, blockers.</summary>
public sealed class RedshiftAnalyzerTests
{
    private sealed class FakeProbe(NetworkPathOutcome outcome) : INetworkPathProbe
    {
        public List<NetworkPathQuery> Queries { get; } = [];
        public NetworkPathOutcome Probe(NetworkPathQuery query)
        {
            Queries.Add(query);
            return outcome;
        }
    }

    private sealed class FakeAuthorizer(Func<FlowAccessQuery, FlowAccessOutcome> decide) : IFlowAuthorizer
    {
        public List<FlowAccessQuery> Queries { get; } = [];
        public FlowAccessOutcome Authorize(FlowAccessQuery query)
        {
            Queries.Add(query);
            return decide(query);
        }
    }

    private static readonly NetworkPathOutcome ViaGatewayEndpoint = new()
    {
        Verdict = Verdict.Reachable, Via = "vpce-s3", Endpoint = new VpcEndpointId("vpce-s3"),
        Path = [new FlowHop { Component = "sg-redshift", Kind = "security-group", Rule = "egress tcp 443 0.0.0.0/0" }],
    };

    private static NetworkTopology Topology(bool dnsHostnames = true, bool evr = true, string bucketRegion = "us-east-1",
        RedshiftDeployment deployment = RedshiftDeployment.Provisioned) =>
        new TopologyBuilder()
            .Vpc("vpc-1", "10.0.0.0/16", dnsHostnames: dnsHostnames)
            .Subnet("subnet-a", "vpc-1", "10.0.1.0/24", routeTable: "rtb-1")
            .Subnet("subnet-b", "vpc-1", "10.0.2.0/24", routeTable: "rtb-1")
            .RouteTable("rtb-1", "vpc-1")
            .GatewayEndpoint("vpce-s3", "vpc-1", "com.amazonaws.us-east-1.s3", "rtb-1")
            .SecurityGroup("sg-redshift", "vpc-1")
            .RedshiftCluster("c1", ["subnet-a", "subnet-b"], ["sg-redshift"], enhancedVpcRouting: evr, deployment: deployment,
                buckets: [new BucketUse { Bucket = "data", Uses = BucketUseKind.Copy | BucketUseKind.Spectrum }])
            .S3Bucket("data", bucketRegion)
            .Build();

    private static string Row(FlowResult f) =>
        $"{f.Subnet} {f.Flow} {f.Verdict.ToWireName()} {f.Via ?? "-"} {string.Join(",", f.Codes.Select(c => c.Value))}";

    [Fact]
    public void Check_ServerlessCopyAndSpectrumSameRegion_ProbedOncePerSubnetAndService()
    {
        var probe = new FakeProbe(ViaGatewayEndpoint);
        var check = new RedshiftAnalyzer(probe, new FakeAuthorizer(_ => FlowAccessOutcome.Allowed)).Check(Topology(deployment: RedshiftDeployment.Serverless));

        Assert.Equal([
            "subnet-a copy s3:data reachable vpce-s3 ",
            "subnet-a spectrum s3:data reachable vpce-s3 ",
            "subnet-a glue glue:us-east-1 reachable vpce-s3 ",
            "subnet-b copy s3:data reachable vpce-s3 ",
            "subnet-b spectrum s3:data reachable vpce-s3 ",
            "subnet-b glue glue:us-east-1 reachable vpce-s3 ",
        ], Assert.Single(check.Clusters).Flows.Select(Row));
        Assert.Equal(["subnet-a s3 us-east-1", "subnet-a glue us-east-1", "subnet-b s3 us-east-1", "subnet-b glue us-east-1"],
            probe.Queries.Select(q => $"{q.Subnet} {q.Service} {q.Region}"));
    }

    [Fact]
    public void Check_HealthyProvisioned_CopyInVpcSpectrumOutsideEverySubnet()
    {
        var probe = new FakeProbe(ViaGatewayEndpoint);
        var check = new RedshiftAnalyzer(probe, new FakeAuthorizer(_ => FlowAccessOutcome.Allowed)).Check(Topology());

        var cluster = Assert.Single(check.Clusters);
        Assert.Equal([
            "subnet-a copy s3:data reachable vpce-s3 ",
            "subnet-a spectrum s3:data outside-vpc - SPECTRUM_OUTSIDE_VPC",
            "subnet-a glue glue:us-east-1 reachable vpce-s3 ",
            "subnet-b copy s3:data reachable vpce-s3 ",
            "subnet-b spectrum s3:data outside-vpc - SPECTRUM_OUTSIDE_VPC",
            "subnet-b glue glue:us-east-1 reachable vpce-s3 ",
        ], cluster.Flows.Select(Row));
        Assert.Equal(["subnet-a s3 us-east-1", "subnet-a glue us-east-1", "subnet-b s3 us-east-1", "subnet-b glue us-east-1"],
            probe.Queries.Select(q => $"{q.Subnet} {q.Service} {q.Region}"));
        var outside = Assert.Single(cluster.OutsideVpc);
        Assert.Equal(ExplanationCode.SpectrumOutsideVpc, outside.Reason);
        Assert.Null(outside.DeniedBy);
        Assert.True(check.AllSucceeded);
    }

    [Fact]
    public void Check_SpectrumDeniedByBucketPolicy_IsDeniedWithPrincipalFix()
    {
        var statement = new FlowHop { Component = "data", Kind = "bucket-policy", Rule = "statement #1 ExplicitDeny", Passed = false };
        var authorizer = new FakeAuthorizer(q => q.OutsideVpc ? FlowAccessOutcome.Denied(ExplanationCode.BucketPolicyDeny, statement) : FlowAccessOutcome.Allowed);

        var check = new RedshiftAnalyzer(new FakeProbe(ViaGatewayEndpoint), authorizer).Check(Topology());

        var spectrum = check.Clusters[0].Flows.First(f => f.Flow.Kind == RedshiftFlowKind.Spectrum);
        Assert.Equal(Verdict.Denied, spectrum.Verdict);
        Assert.Equal([ExplanationCode.SpectrumOutsideVpc, ExplanationCode.BucketPolicyDeny], spectrum.Codes);
        Assert.Equal("data", spectrum.Blocker!.Component);
        Assert.Contains("by principal instead of by VPC endpoint", spectrum.Blocker.Fix);
        Assert.NotNull(check.Clusters[0].OutsideVpc[0].DeniedBy);
        Assert.False(check.AllSucceeded);
        // The copy request arrives through vpce-s3 of vpc-1 (E4).
        var copyQuery = authorizer.Queries.First(q => q.Flow.Kind == RedshiftFlowKind.Copy);
        Assert.Equal(new VpcEndpointId("vpce-s3"), copyQuery.Endpoint!.Id);
        Assert.Equal(new VpcId("vpc-1"), copyQuery.Vpc);
    }

    [Fact]
    public void Check_DnsHostnamesOff_InVpcFlowsUnreachableAtTheVpcWithoutProbing()
    {
        var probe = new FakeProbe(ViaGatewayEndpoint);
        var check = new RedshiftAnalyzer(probe, new FakeAuthorizer(_ => FlowAccessOutcome.Allowed)).Check(Topology(dnsHostnames: false));

        var copy = check.Clusters[0].Flows[0];
        Assert.Equal("subnet-a copy s3:data unreachable - DNS_ATTRIBUTES_DISABLED", Row(copy));
        Assert.Equal("vpc-1", copy.Blocker!.Component);
        Assert.Equal("turn on enable_dns_support and enable_dns_hostnames for vpc-1 (RS3)", copy.Blocker.Fix);
        Assert.Empty(probe.Queries);
    }

    [Fact]
    public void Check_CrossRegionBucketThroughEndpoint_IsDeniedCrossRegionViaEndpoint()
    {
        var check = new RedshiftAnalyzer(new FakeProbe(ViaGatewayEndpoint), new FakeAuthorizer(_ => FlowAccessOutcome.Allowed))
            .Check(Topology(bucketRegion: "eu-west-1"));

        var flows = check.Clusters[0].Flows;
        Assert.Equal("subnet-a copy s3:data denied vpce-s3 CROSS_REGION_VIA_ENDPOINT", Row(flows[0]));
        Assert.Equal("subnet-a spectrum s3:data unreachable - SPECTRUM_BUCKET_CROSS_REGION", Row(flows[1]));
    }

    [Fact]
    public void Check_EvrOff_EverythingOutsideVpcWithoutProbing()
    {
        var probe = new FakeProbe(ViaGatewayEndpoint);
        var check = new RedshiftAnalyzer(probe, new FakeAuthorizer(_ => FlowAccessOutcome.Allowed)).Check(Topology(evr: false));

        Assert.All(check.Clusters[0].Flows, f => Assert.Equal(Verdict.OutsideVpc, f.Verdict));
        Assert.Empty(probe.Queries);
        Assert.Equal([ExplanationCode.EvrDisabled, ExplanationCode.SpectrumOutsideVpc, ExplanationCode.EvrDisabled],
            check.Clusters[0].OutsideVpc.Select(o => o.Reason));
    }

    // newuser-findings 7: serverless, bucket policy admits only vpce-s3, subnet-b's table is not associated with it.
    private static NetworkTopology EndpointOnOneTable(RedshiftDeployment deployment) =>
        new TopologyBuilder()
            .Vpc("vpc-1", "10.0.0.0/16")
            .Subnet("subnet-a", "vpc-1", "10.0.1.0/24", routeTable: "rtb-1")
            .Subnet("subnet-b", "vpc-1", "10.0.2.0/24", routeTable: "rtb-2")
            .RouteTable("rtb-1", "vpc-1")
            .RouteTable("rtb-2", "vpc-1")
            .GatewayEndpoint("vpce-s3", "vpc-1", "com.amazonaws.us-east-1.s3", "rtb-1")
            .SecurityGroup("sg-redshift", "vpc-1")
            .RedshiftCluster("c1", ["subnet-a", "subnet-b"], ["sg-redshift"], deployment: deployment,
                buckets: [new BucketUse { Bucket = "data", Uses = BucketUseKind.Copy | BucketUseKind.Spectrum }])
            .S3Bucket("data", "us-east-1")
            .Build();

    private static readonly NetworkPathOutcome ViaNat = new()
    {
        Verdict = Verdict.Reachable, Via = "nat-a",
        Path = [new FlowHop { Component = "sg-redshift", Kind = "security-group", Rule = "egress tcp 443 0.0.0.0/0" }],
    };

    private static FakeAuthorizer DenyOffEndpoint() =>
        new(q => q.Endpoint is null
            ? FlowAccessOutcome.Denied(ExplanationCode.BucketPolicyDeny,
                new FlowHop { Component = "data", Kind = "s3-bucket", Rule = "statement #0 \"OnlyVpce\"", Passed = false })
            : FlowAccessOutcome.Allowed);

    [Theory]
    [InlineData(RedshiftFlowKind.Copy)]
    [InlineData(RedshiftFlowKind.Spectrum)]
    public void Check_ServerlessDeniedOffTheEndpoint_FixAssociatesTheEndpoint(RedshiftFlowKind kind)
    {
        var check = new RedshiftAnalyzer(new FakeProbe(ViaNat), DenyOffEndpoint()).Check(EndpointOnOneTable(RedshiftDeployment.Serverless));

        var flow = check.Clusters[0].Flows.First(f => f.Subnet == new SubnetId("subnet-b") && f.Flow.Kind == kind);
        Assert.Equal(Verdict.Denied, flow.Verdict);
        Assert.Equal("associate vpce-s3 with rtb-2 so the requests arrive through it (aws:SourceVpce), "
            + "or admit the cluster's IAM role by principal in data's bucket policy (R6, E4)", flow.Blocker!.Fix);
    }

    [Fact]
    public void Check_ProvisionedSpectrumDeniedOutsideVpc_KeepsThePrincipalFix()
    {
        var check = new RedshiftAnalyzer(new FakeProbe(ViaNat), DenyOffEndpoint()).Check(EndpointOnOneTable(RedshiftDeployment.Provisioned));

        var spectrum = check.Clusters[0].Flows.First(f => f.Subnet == new SubnetId("subnet-b") && f.Flow.Kind == RedshiftFlowKind.Spectrum);
        Assert.Equal("in data's bucket policy admit the cluster's IAM role by principal instead of by VPC endpoint: provisioned Spectrum never passes one (RS5)",
            spectrum.Blocker!.Fix);
    }

    [Fact]
    public void Check_BlackholeInsideServiceRange_FixRemovesTheBlackholeRoute()
    {
        // newuser-findings 10: 52.216.10.10/32 -> blackhole inside S3's 52.216.0.0/15, the rest via a NAT gateway.
        var drop = new FlowHop { Component = "rtb-1", Kind = "route-table", Rule = "52.216.10.10/32 -> blackhole is a blackhole (R5)", Passed = false };
        var probe = new FakeProbe(new NetworkPathOutcome
        {
            Verdict = Verdict.Intermittent, Via = "nat-a", Codes = [ExplanationCode.BadStateRoute, ExplanationCode.DestinationPartiallyRouted],
            Drop = drop, Path = [drop],
        });

        var check = new RedshiftAnalyzer(probe, new FakeAuthorizer(_ => FlowAccessOutcome.Allowed)).Check(Topology());

        var copy = check.Clusters[0].Flows[0];
        Assert.Equal(Verdict.Intermittent, copy.Verdict);
        Assert.Equal("remove the blackhole route 52.216.10.10/32 from rtb-1: it is more specific than the working route and drops part of s3's addresses (R1, R5)",
            copy.Blocker!.Fix);
    }

    [Fact]
    public void Check_BlackholeDefaultRoute_FixNamesTheRouteOnce()
    {
        var drop = new FlowHop { Component = "rtb-1", Kind = "route-table", Rule = "0.0.0.0/0 -> blackhole is a blackhole (R5)", Passed = false };
        var probe = new FakeProbe(new NetworkPathOutcome { Verdict = Verdict.Unreachable, Codes = [ExplanationCode.BadStateRoute], Drop = drop, Path = [drop] });

        var check = new RedshiftAnalyzer(probe, new FakeAuthorizer(_ => FlowAccessOutcome.Allowed)).Check(Topology());

        Assert.Equal("replace the blackhole route 0.0.0.0/0 in rtb-1 with a live NAT gateway, endpoint or internet gateway (R5)",
            check.Clusters[0].Flows[0].Blocker!.Fix);
    }

    [Fact]
    public void Check_UnreachableProbe_CarriesTheDropAsBlockerWithFix()
    {
        var drop = new FlowHop { Component = "rtb-1", Kind = "route-table", Rule = "no route to 52.216.0.1", Passed = false };
        var probe = new FakeProbe(new NetworkPathOutcome { Verdict = Verdict.Unreachable, Codes = [ExplanationCode.NoRouteToDestination], Drop = drop, Path = [drop] });
        var topology = Topology() with { VpcEndpoints = [] };

        var check = new RedshiftAnalyzer(probe, new FakeAuthorizer(_ => FlowAccessOutcome.Allowed)).Check(topology);

        var copy = check.Clusters[0].Flows[0];
        Assert.Equal(Verdict.Unreachable, copy.Verdict);
        Assert.Equal("rtb-1", copy.Blocker!.Component);
        Assert.Equal("add an S3 gateway endpoint associated with rtb-1, or route 0.0.0.0/0 to a NAT gateway (RS2)", copy.Blocker.Fix);
    }

    [Fact]
    public void Check_OnlyCluster_FiltersClusters()
    {
        var topology = Topology();
        topology = topology with { RedshiftClusters = topology.RedshiftClusters.Add(topology.RedshiftClusters[0] with { Id = new RedshiftClusterId("c2") }) };

        var check = new RedshiftAnalyzer(new FakeProbe(ViaGatewayEndpoint), new FakeAuthorizer(_ => FlowAccessOutcome.Allowed))
            .Check(topology, new RedshiftClusterId("c2"));

        Assert.Equal([new RedshiftClusterId("c2")], check.Clusters.Select(c => c.Cluster));
    }
}
