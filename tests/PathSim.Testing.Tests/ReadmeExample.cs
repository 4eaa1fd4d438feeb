// README-EXAMPLE-BEGIN
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PathSim.Addressing;
using PathSim.Redshift;
using PathSim.Services;
using PathSim.Testing.Assertions;
using PathSim.Testing.WhatIf;
using PathSim.Topology;
using PathSim.Traces;
using Xunit;

public class MyTopologyTests
{
    // Paths relative to the test's output directory: the project copies topologies/*.yaml there.
    private static readonly NetworkUnderTest Endpoints = NetworkUnderTest.Load("topologies/healthy-private-endpoints.yaml"); // or a snapshot directory
    private static readonly NetworkUnderTest Nat = NetworkUnderTest.Load("topologies/private-nat-gateway.yaml");
    private static readonly RedshiftClusterId Analytics = new("analytics");

    [Fact]
    public void Invariants()
    {
        // From every subnet of cluster analytics, S3 traffic leaves only through the gateway endpoint.
        Endpoints.From(Analytics).To(RegionalService.S3("us-east-1")).ShouldLeaveOnlyVia(new VpcEndpointId("vpce-s3"));
        // Nothing in subnet-priv-a reaches the internet (through an internet or NAT gateway).
        Endpoints.From(new SubnetId("subnet-priv-a")).ShouldNeverReachInternet();
        // Traffic to 10.0.0.0/8 never leaves through the internet gateway.
        Nat.From(new SubnetId("subnet-priv-a")).To(Ipv4Prefix.Parse("10.0.0.0/8")).ShouldNeverLeaveVia(new InternetGatewayId("igw-main"));
        // Port 5439 from subnet-pub-a to the cluster is never allowed (ShouldBeAllowed for the opposite).
        Nat.From(new SubnetId("subnet-pub-a")).To(Analytics).OnTcp(5439).ShouldNeverBeAllowed();
        // COPY (the check's verdict) is reachable from every subnet of the cluster's subnet group.
        Endpoints.Cluster(Analytics).ShouldBeReachable(RedshiftFlowKind.Copy);
    }

    [Fact]
    public void AnySingleEditOfRtbPrivate_CopyStillWorksOrTheBlockerIsNamed()
    {
        // For any single edit of rtb-private, COPY still works, or the check names the rule that blocks it.
        var network = NetworkUnderTest.Load("topologies/cross-region-unload.yaml");
        var edits = EditGen.SingleEdit(network.Topology, e => e.Describe().Contains("rtb-private"));
        Check.One(Config.QuickThrowOnFailure, Prop.ForAll(edits.ToArbitrary(), edit =>
            network.With(edit).Cluster(Analytics).Flows(RedshiftFlowKind.Copy)
                .All(f => f.Verdict == Verdict.Reachable || f.Blocker is { Location.IsNone: false })));
    }
}
// README-EXAMPLE-END
