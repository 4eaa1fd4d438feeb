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
        ProbeFixture.Topology(routes, rules);

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
