using FsCheck;
using FsCheck.Fluent;
using PathSim.Addressing;
using PathSim.Redshift;
using PathSim.Services;
using PathSim.Testing;
using PathSim.Testing.Assertions;
using PathSim.Testing.WhatIf;
using PathSim.Topology;
using PathSim.Traces;

namespace PathSim.Testing.Tests;

/// <summary>
/// The worked example of the README's "Property tests of your own topology": what a user writes in their
/// own xunit project against their own files, here against the bundled topologies. Each assertion holds
/// for every packet (the symbolic engine decides over packet sets); the failing ones are pinned to the
/// exact message a user would read.
/// </summary>
public sealed class OwnTopologyExampleTests
{
    private static readonly RedshiftClusterId Analytics = new("analytics");

    private static readonly NetworkUnderTest Endpoints = NetworkUnderTest.Load(Bundled.Topology("healthy-private-endpoints.yaml"));
    private static readonly NetworkUnderTest Nat = NetworkUnderTest.Load(Bundled.Topology("private-nat-gateway.yaml"));

    [Fact]
    public void ClusterS3Traffic_HealthyEndpoints_LeavesOnlyThroughTheGatewayEndpoint() =>
        Endpoints.From(Analytics).To(RegionalService.S3("us-east-1")).ShouldLeaveOnlyVia(new VpcEndpointId("vpce-s3"));

    [Fact]
    public void PrivateSubnet_HealthyEndpoints_NeverReachesTheInternet() =>
        Endpoints.From(new SubnetId("subnet-priv-a")).ShouldNeverReachInternet();

    [Fact]
    public void Copy_HealthyEndpoints_ReachableFromEverySubnet() =>
        Endpoints.Cluster(Analytics).ShouldBeReachable(RedshiftFlowKind.Copy);

    [Fact]
    public void RedshiftPort_FromPublicSubnet_NeverAllowed() =>
        Nat.From(new SubnetId("subnet-pub-a")).To(Analytics).OnTcp(5439).ShouldNeverBeAllowed();

    [Fact]
    public void PrivateAddresses_PrivateNat_NeverLeaveThroughTheInternetGateway() =>
        Nat.From(new SubnetId("subnet-priv-a")).To(Ipv4Prefix.Parse("10.0.0.0/8")).ShouldNeverLeaveVia(new InternetGatewayId("igw-main"));

    [Fact]
    public void PrivateSubnet_PrivateNat_ReachesTheInternet_FailsWithCounterexample()
    {
        var failure = Assert.Throws<ReachabilityAssertionException>(() => Nat.From(new SubnetId("subnet-priv-a")).ShouldNeverReachInternet());
        Assert.Equal($"""
            Expected traffic from subnet subnet-priv-a never to reach the internet, but 65 classes of packets do not. Counterexample:
              packet:     tcp 10.0.1.4:32768 -> 1.0.0.0:443 (from eni-analytics-subnet-priv-a in subnet-priv-a)
              outcome:    reached internet via nat-a, reply returns
              decided by: route-table rtb-private: 0.0.0.0/0 -> nat-a at {Bundled.Topology("private-nat-gateway.yaml")}:51:9
              class:      tcp 10.0.1.4 -> 1.0.0.0-3.4.255.255:443; tcp 10.0.1.4 -> 3.5.56.0/21:443; tcp 10.0.1.4 -> 3.5.74.0/23:443; and 68 more
            """, failure.Message);
        Assert.Equal("reached internet via nat-a, reply returns", failure.Counterexample!.Outcome.ToString());
    }

    [Fact]
    public void ClusterS3Traffic_PrivateNat_LeavesThroughTheNat_FailsWithCounterexample()
    {
        var failure = Assert.Throws<ReachabilityAssertionException>(() =>
            Nat.From(Analytics).To(RegionalService.S3("us-east-1")).OnTcp(443).ShouldLeaveOnlyVia(new VpcEndpointId("vpce-s3")));
        Assert.Equal($"""
            Expected traffic from cluster analytics to s3:us-east-1 over tcp 443 to leave only via vpce-s3, but 2 classes of packets do not. Counterexample:
              packet:     tcp 10.0.1.4:32768 -> 3.5.0.0:443 (from eni-analytics-subnet-priv-a in subnet-priv-a)
              outcome:    reached service s3:us-east-1 via nat-a, reply returns
              decided by: route-table rtb-private: 0.0.0.0/0 -> nat-a at {Bundled.Topology("private-nat-gateway.yaml")}:51:9
              class:      tcp 10.0.1.4 -> 3.5.0.0/19:443; tcp 10.0.1.4 -> 18.34.0.0/19:443; tcp 10.0.1.4 -> 18.34.232.0/21:443; and 4 more
            """, failure.Message);
    }

    [Fact]
    public void Copy_OneSubnetBlackholed_FailsNamingTheRoute()
    {
        var network = NetworkUnderTest.Load(Bundled.Topology("subnet-group-one-broken.yaml"));
        var failure = Assert.Throws<ReachabilityAssertionException>(() => network.Cluster(Analytics).ShouldBeReachable(RedshiftFlowKind.Copy));
        Assert.Equal($"""
            Expected every copy flow of cluster analytics to be reachable from every subnet of its subnet group, but 1 of 2 is not:
              subnet-priv-b: copy s3:raw-events unreachable [BAD_STATE_ROUTE]
                blocked at route-table rtb-private-b: 0.0.0.0/0 -> blackhole drops the packet (R5) at {Bundled.Topology("subnet-group-one-broken.yaml")}:56:9
                fix: replace the blackhole route 0.0.0.0/0 in rtb-private-b with a live NAT gateway, endpoint or internet gateway (R5)
            """, failure.Message);
    }

    /// <summary>Random packets from the cluster's subnet to S3 on 443: the concrete tracer takes each through vpce-s3.</summary>
    [Fact]
    public void ClusterToS3Packets_HealthyEndpoints_TracedThroughTheEndpoint() =>
        PropertyBudget.Check(
            Endpoints.From(Analytics).To(RegionalService.S3("us-east-1")).OnTcp(443).Packets().ToArbitrary(),
            packet => Endpoints.Trace(packet) is { Verdict: Verdict.Reachable, Via: "vpce-s3" },
            baseline: 50);

    /// <summary>
    /// For any single change-window edit of rtb-private (remove or repoint its route, detach the S3
    /// endpoint), COPY still works, or the check says which rule blocks it, with its location.
    /// </summary>
    [Fact]
    public void Copy_AnySingleEditOfThePrivateRouteTable_StillReachableOrBlockerNamed()
    {
        var network = NetworkUnderTest.Load(Bundled.Topology("cross-region-unload.yaml"));
        var rtbPrivate = new RouteTableId("rtb-private");
        var edits = EditGen.SingleEdit(network.Topology, e => e.Describe().Contains(rtbPrivate.Value, StringComparison.Ordinal));
        PropertyBudget.Check(edits.ToArbitrary(), edit =>
            network.With(edit).Cluster(Analytics).Flows(RedshiftFlowKind.Copy)
                .All(f => f.Verdict == Verdict.Reachable || f.Blocker is { Location.IsNone: false }),
            baseline: 20);
    }

    /// <summary>The same assertions over a real describe-* snapshot directory (Batfish's test-vpc-endpoint-gateway).</summary>
    [Fact]
    public void PrivateSubnet_RealSnapshotWithS3GatewayEndpoint_S3OnlyThroughTheEndpointAndNoInternet()
    {
        var snapshot = NetworkUnderTest.Load(Bundled.Snapshot("test-vpc-endpoint-gateway"));
        var privateSubnet = snapshot.From(new SubnetId("subnet-01e5f0945f6d6f47c"));
        privateSubnet.To(RegionalService.S3("us-east-1")).ShouldLeaveOnlyVia(new VpcEndpointId("vpce-0b7357542bb7b83ec"));
        privateSubnet.ShouldNeverReachInternet();
    }
}
