using PathSim.Network;
using PathSim.Redshift;
using PathSim.Testing.Topologies;
using PathSim.Topology;
using PathSim.Traces;
using Xunit;

namespace PathSim.Core.Tests.Redshift;

public sealed class TracerPathProbeTests
{
    private static NetworkTopology Topology(Action<RouteListBuilder> routes, Action<SecurityGroupRulesBuilder>? rules = null) =>
        new TopologyBuilder()
            .Vpc("vpc-1", "10.0.0.0/16")
            .Subnet("subnet-pub", "vpc-1", "10.0.0.0/24", routeTable: "rtb-pub")
            .Subnet("subnet-a", "vpc-1", "10.0.1.0/24", routeTable: "rtb-a")
            .RouteTable("rtb-pub", "vpc-1", routes: r => r.Route("0.0.0.0/0", "igw-1"))
            .RouteTable("rtb-a", "vpc-1", routes: routes)
            .InternetGateway("igw-1", "vpc-1")
            .NatGateway("nat-1", "subnet-pub", publicIp: "203.0.113.1")
            .SecurityGroup("sg-1", "vpc-1", rules ?? (r => r.Egress("tcp", "443", "0.0.0.0/0")))
            .RedshiftCluster("c1", ["subnet-a"], ["sg-1"])
            .Build();

    private static NetworkPathOutcome Probe(NetworkTopology topology)
    {
        var cluster = topology.RedshiftClusters[0];
        return new TracerPathProbe(NetworkModel.Build(topology)).Probe(new NetworkPathQuery(cluster, new SubnetId("subnet-a"), "s3", "us-east-1"));
    }

    [Fact]
    public void Probe_DefaultRouteToNat_IsReachableViaNatWithItsElasticIp()
    {
        var outcome = Probe(Topology(r => r.Route("0.0.0.0/0", "nat-1")));

        Assert.Equal(Verdict.Reachable, outcome.Verdict);
        Assert.Equal("nat-1", outcome.Via);
        Assert.Empty(outcome.Codes);
        Assert.Null(outcome.Drop);
        Assert.Equal("203.0.113.1", outcome.PublicSource?.ToString());
        Assert.Contains(outcome.Path, h => h.Direction == PathDirection.Return);
    }

    [Fact]
    public void Probe_RoutesForPartOfS3_IsIntermittentDestinationPartiallyRouted()
    {
        var outcome = Probe(Topology(r => r.Route("52.216.0.0/15", "nat-1")));

        Assert.Equal(Verdict.Intermittent, outcome.Verdict);
        Assert.Equal("nat-1", outcome.Via);
        Assert.Equal([ExplanationCode.NoRouteToDestination, ExplanationCode.DestinationPartiallyRouted], outcome.Codes);
        Assert.Equal("rtb-a", outcome.Drop!.Component);
    }

    [Fact]
    public void Probe_SecurityGroupAllowsPartOfS3_IsIntermittentAtTheGroup()
    {
        var outcome = Probe(Topology(r => r.Route("0.0.0.0/0", "nat-1"), rules => rules.Egress("tcp", "443", "52.216.0.0/15")));

        Assert.Equal(Verdict.Intermittent, outcome.Verdict);
        Assert.Equal([ExplanationCode.EniSgRulesMismatch, ExplanationCode.DestinationPartiallyRouted], outcome.Codes);
        Assert.Equal("sg-1", outcome.Drop!.Component);
        Assert.Equal("security-group", outcome.Drop.Kind);
    }

    [Fact]
    public void Probe_NoRoute_IsUnreachableAtTheRouteTable()
    {
        var outcome = Probe(Topology(_ => { }));

        Assert.Equal(Verdict.Unreachable, outcome.Verdict);
        Assert.Null(outcome.Via);
        Assert.Equal([ExplanationCode.NoRouteToDestination], outcome.Codes);
        Assert.Equal("rtb-a", outcome.Drop!.Component);
    }
}
