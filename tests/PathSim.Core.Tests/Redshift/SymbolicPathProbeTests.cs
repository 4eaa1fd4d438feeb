using PathSim.Network;
using PathSim.Redshift;
using PathSim.Testing.Topologies;
using PathSim.Topology;
using PathSim.Traces;
using PathSim.Yaml;
using Xunit;

namespace PathSim.Core.Tests.Redshift;

/// <summary>
/// The symbolic probe's verdicts and exact splits: the small VPC of <see cref="ProbeFixture"/> (as
/// <see cref="TracerPathProbeTests"/>), and the two bundled partial scenarios.
/// </summary>
public sealed class SymbolicPathProbeTests
{
    private static NetworkTopology Topology(Action<RouteListBuilder> routes, Action<SecurityGroupRulesBuilder>? rules = null,
        Action<NetworkAclRulesBuilder>? publicAcl = null) => ProbeFixture.Topology(routes, rules, publicAcl);

    private static NetworkPathOutcome Probe(NetworkTopology topology, string subnet = "subnet-a", string service = "s3")
    {
        var cluster = topology.RedshiftClusters[0];
        return new SymbolicPathProbe(NetworkModel.Build(topology)).Probe(new NetworkPathQuery(cluster, new SubnetId(subnet), service, "us-east-1"));
    }

    private static NetworkTopology Bundled(string file)
    {
        var loaded = TopologyYamlReader.Read(Path.Combine(RepositoryPaths.Root, "topologies", file));
        return loaded.Topology ?? throw new InvalidOperationException($"topologies/{file} does not load");
    }

    [Fact]
    public void Probe_DefaultRouteToNat_IsReachableViaNatWithItsElasticIpAndNoSplit()
    {
        var outcome = Probe(Topology(r => r.Route("0.0.0.0/0", "nat-1")));

        Assert.Equal(Verdict.Reachable, outcome.Verdict);
        Assert.Equal("nat-1", outcome.Via);
        Assert.Empty(outcome.Codes);
        Assert.Null(outcome.Drop);
        Assert.Null(outcome.Split);
        Assert.Equal("203.0.113.1", outcome.PublicSource?.ToString());
        Assert.Contains(outcome.Path, h => h.Direction == PathDirection.Return);
    }

    [Fact]
    public void Probe_NoRoute_IsUnreachableAtTheRouteTableWithoutSplit()
    {
        var outcome = Probe(Topology(_ => { }));

        Assert.Equal(Verdict.Unreachable, outcome.Verdict);
        Assert.Null(outcome.Via);
        Assert.Equal([ExplanationCode.NoRouteToDestination], outcome.Codes);
        Assert.Equal("rtb-a", outcome.Drop!.Component);
        Assert.Null(outcome.Split);
    }

    [Fact]
    public void Probe_SubnetWithoutNode_IsUnreachableAtTheSubnet()
    {
        var outcome = Probe(Topology(r => r.Route("0.0.0.0/0", "nat-1")), subnet: "subnet-pub");

        Assert.Equal(Verdict.Unreachable, outcome.Verdict);
        Assert.Equal([ExplanationCode.NoRouteToDestination], outcome.Codes);
        Assert.Equal("subnet-pub", outcome.Drop!.Component);
    }

    [Fact]
    public void Probe_RoutesForPartOfS3_SplitNamesTheUnroutedPrefixes()
    {
        var outcome = Probe(Topology(r => r.Route("52.216.0.0/15", "nat-1")));

        Assert.Equal(Verdict.Intermittent, outcome.Verdict);
        Assert.Equal("nat-1", outcome.Via);
        Assert.Equal("203.0.113.1", outcome.PublicSource?.ToString());
        Assert.Equal([ExplanationCode.NoRouteToDestination, ExplanationCode.DestinationPartiallyRouted], outcome.Codes);
        Assert.Equal("rtb-a", outcome.Drop!.Component);
        Assert.Equal("fails for 3.5.0.0/19, 18.34.0.0/19, 18.34.232.0/21, 44.192.134.240/28 and 2 more (NO_ROUTE_TO_DESTINATION at rtb-a); passes for 52.216.0.0/15",
            outcome.Split!.ToString());
        var failing = Assert.Single(outcome.Split.Failing);
        Assert.Equal(PathDirection.Forward, failing.Direction);
        Assert.Null(outcome.Split.ReplyPorts);
    }

    [Fact]
    public void Probe_PartOfS3RoutedToABlackhole_SplitNamesTheBlackholedPrefix()
    {
        var outcome = Probe(Topology(r => r.Route("0.0.0.0/0", "nat-1").Blackhole("52.216.0.0/15")));

        Assert.Equal(Verdict.Intermittent, outcome.Verdict);
        Assert.Equal("nat-1", outcome.Via);
        Assert.Equal([ExplanationCode.BadStateRoute, ExplanationCode.DestinationPartiallyRouted], outcome.Codes);
        Assert.Equal("fails for 52.216.0.0/15 (BAD_STATE_ROUTE at rtb-a); passes for 3.5.0.0/19, 18.34.0.0/19, 18.34.232.0/21, 44.192.134.240/28 and 2 more",
            outcome.Split!.ToString());
    }

    [Fact]
    public void Probe_SecurityGroupAllowsPartOfS3_SplitNamesTheGroup()
    {
        var outcome = Probe(Topology(r => r.Route("0.0.0.0/0", "nat-1"), rules => rules.Egress("tcp", "443", "52.216.0.0/15")));

        Assert.Equal(Verdict.Intermittent, outcome.Verdict);
        Assert.Equal([ExplanationCode.EniSgRulesMismatch, ExplanationCode.DestinationPartiallyRouted], outcome.Codes);
        Assert.Equal("sg-1", outcome.Drop!.Component);
        Assert.Equal("security-group", outcome.Drop.Kind);
        Assert.Equal("fails for 3.5.0.0/19, 18.34.0.0/19, 18.34.232.0/21, 44.192.134.240/28 and 2 more (ENI_SG_RULES_MISMATCH at sg-1); passes for 52.216.0.0/15",
            outcome.Split!.ToString());
    }

    [Fact]
    public void Probe_NatSubnetAclAdmitsUpperReplyPortsOnly_SplitNamesTheDroppedNatPorts()
    {
        // F3: behind the NAT gateway the reply returns to the port the gateway chose (1024-65535), so its subnet's ACL sees that range.
        var outcome = Probe(Topology(r => r.Route("0.0.0.0/0", "nat-1"), publicAcl: a => a
            .Ingress(100, "tcp", "32768-65535", "0.0.0.0/0")
            .Ingress(110, "tcp", "443", "10.0.0.0/16")
            .Egress(100, "all", null, "0.0.0.0/0")));

        Assert.Equal(Verdict.Intermittent, outcome.Verdict);
        Assert.Equal("nat-1", outcome.Via);
        Assert.Equal([ExplanationCode.EphemeralPortsPartial], outcome.Codes);
        Assert.Equal("acl-pub", outcome.Drop!.Component);
        Assert.Equal("reply ports 1024-32767 dropped at acl-pub by the implicit deny after allow rule 100; 32768-65535 pass", outcome.Split!.ToString());
        Assert.Empty(outcome.Split.Failing);
    }

    [Fact]
    public void Probe_NatSubnetAclDenyRuleTakesLowerReplyPorts_SplitNamesTheDenyRule()
    {
        // trial-4 #13: an explicit deny that takes part of the range is the dropper, and is named as a deny.
        var outcome = Probe(Topology(r => r.Route("0.0.0.0/0", "nat-1"), publicAcl: a => a
            .Ingress(50, "tcp", "1024-32767", "0.0.0.0/0", allow: false)
            .Ingress(100, "tcp", "1024-65535", "0.0.0.0/0")
            .Ingress(110, "tcp", "443", "10.0.0.0/16")
            .Egress(100, "all", null, "0.0.0.0/0")));

        Assert.Equal(Verdict.Intermittent, outcome.Verdict);
        Assert.Equal("reply ports 1024-32767 dropped at acl-pub deny rule 50; 32768-65535 pass", outcome.Split!.ToString());
    }

    [Fact]
    public void Probe_BundledPartialReplyPorts_SplitNamesTheDroppedPorts()
    {
        var outcome = Probe(Bundled("nacl-partial-reply-ports.yaml"), subnet: "subnet-priv-a");

        Assert.Equal(Verdict.Intermittent, outcome.Verdict);
        Assert.Equal("vpce-s3", outcome.Via);
        Assert.Equal([ExplanationCode.EphemeralPortsPartial], outcome.Codes);
        Assert.Equal("reply ports 49152-60999 dropped at acl-cluster by the implicit deny after allow rule 100; 32768-49151 pass", outcome.Split!.ToString());
        var ports = outcome.Split.ReplyPorts!;
        Assert.Equal(["49152-60999"], ports.Dropped.Select(p => p.ToString()));
    }

    [Fact]
    public void Probe_BundledPartialReplyPortsGlue_SplitNamesTheDroppedPorts()
    {
        var outcome = Probe(Bundled("nacl-partial-reply-ports.yaml"), subnet: "subnet-priv-b", service: "glue");

        Assert.Equal(Verdict.Intermittent, outcome.Verdict);
        Assert.Equal("vpce-glue", outcome.Via);
        Assert.Equal("reply ports 49152-60999 dropped at acl-cluster by the implicit deny after allow rule 100; 32768-49151 pass", outcome.Split!.ToString());
    }

    [Fact]
    public void Probe_BundledS3PartiallyRouted_SplitNamesTheUnroutedPrefixes()
    {
        var outcome = Probe(Bundled("s3-partially-routed.yaml"), subnet: "subnet-priv-a");

        Assert.Equal(Verdict.Intermittent, outcome.Verdict);
        Assert.Equal("nat-a", outcome.Via);
        Assert.Equal([ExplanationCode.NoRouteToDestination, ExplanationCode.DestinationPartiallyRouted], outcome.Codes);
        Assert.Equal("fails for 3.5.0.0/19, 18.34.0.0/19, 18.34.232.0/21, 44.192.134.240/28 and 1 more (NO_ROUTE_TO_DESTINATION at rtb-private); passes for 52.216.0.0/15, 54.231.0.0/16",
            outcome.Split!.ToString());
    }

    [Fact]
    public void Probe_EngineRenewedBeforeEveryQuery_SameOutcomesAsOneEngine()
    {
        var topology = Bundled("s3-partially-routed.yaml");
        var model = NetworkModel.Build(topology);
        var cluster = topology.RedshiftClusters[0];
        var renewing = new SymbolicPathProbe(model, nodeBudget: 1);
        var keeping = new SymbolicPathProbe(model);
        foreach (var subnet in cluster.Subnets)
            foreach (var service in new[] { "s3", "glue", "s3" })
            {
                var query = new NetworkPathQuery(cluster, subnet, service, "us-east-1");
                Assert.Equal(keeping.Probe(query), renewing.Probe(query));
            }
    }

    /// <summary>
    /// Found by the 100x soak of the probe-agreement property: the cluster's subnet sends everything to
    /// nat-1, and the NAT's subnet reaches S3 through its gateway endpoint except 3.5.0.0/19, which a
    /// longer route sends to the IGW. Both ways start at nat-1, so grouping exits by the first gateway
    /// merged them; a policy tells them apart (aws:SourceVpce vs aws:SourceIp, E4).
    /// </summary>
    [Fact]
    public void Probe_NatThenEndpointOrIgw_ListsBothWaysOutThroughTheNat()
    {
        var topology = new TopologyBuilder()
            .Vpc("vpc-1", "10.0.0.0/16")
            .Subnet("subnet-pub", "vpc-1", "10.0.0.0/24", routeTable: "rtb-pub")
            .Subnet("subnet-a", "vpc-1", "10.0.1.0/24", routeTable: "rtb-a")
            .RouteTable("rtb-pub", "vpc-1", routes: r => r.Route("3.5.0.0/19", "igw-1"))
            .RouteTable("rtb-a", "vpc-1", routes: r => r.Route("0.0.0.0/0", "nat-1"))
            .InternetGateway("igw-1", "vpc-1")
            .NatGateway("nat-1", "subnet-pub", publicIp: "203.0.113.1")
            .GatewayEndpoint("vpce-s3", "vpc-1", "com.amazonaws.us-east-1.s3", "rtb-pub")
            .SecurityGroup("sg-1", "vpc-1", r => r.Egress("tcp", "443", "0.0.0.0/0"))
            .RedshiftCluster("c1", ["subnet-a"], ["sg-1"])
            .Build();

        var outcome = Probe(topology);

        Assert.Equal(Verdict.Reachable, outcome.Verdict);
        Assert.Equal("nat-1", outcome.Via);
        Assert.Equal(
            ["nat-1 vpce-s3 - 18.34.0.0/19, 18.34.232.0/21, 44.192.134.240/28, 44.192.140.64/28, 52.216.0.0/15, 54.231.0.0/16",
             "nat-1 - 203.0.113.1 3.5.0.0/19"],
            outcome.Exits.Select(e => $"{e.Via} {e.Endpoint?.Value ?? "-"} {e.PublicSource?.ToString() ?? "-"} {string.Join(", ", e.Destinations.Prefixes)}"));
    }
}
