using PathSim.Diagnostics;
using PathSim.Network;
using PathSim.Redshift;
using PathSim.Testing.Topologies;
using PathSim.Topology;
using PathSim.Traces;
using Xunit;

namespace PathSim.Core.Tests.Redshift;

/// <summary>
/// The fix lines of the new user's change-window findings (notes: newuser-whatif-findings 2, 4, 5, 8 and
/// newuser-findings 9), through the real tracer and policy evaluation: the fix must name the rule that
/// decided, never one that is already right.
/// </summary>
public sealed class FixAdvisorScenarioTests
{
    private static FlowResult Copy(NetworkTopology topology) =>
        new RedshiftAnalyzer(new TracerPathProbe(NetworkModel.Build(topology)), new PolicyFlowAuthorizer(topology))
            .Check(topology).Clusters.Single().Flows.First(f => f.Flow.Kind == RedshiftFlowKind.Copy);

    private static TopologyBuilder EndpointVpc(Action<NetworkAclRulesBuilder> acl, string[]? clusterGroups = null) =>
        new TopologyBuilder()
            .Vpc("vpc-1", "10.0.0.0/16")
            .Subnet("subnet-a", "vpc-1", "10.0.1.0/24", routeTable: "rtb-1", networkAcl: "acl-1")
            .RouteTable("rtb-1", "vpc-1")
            .GatewayEndpoint("vpce-s3", "vpc-1", "com.amazonaws.us-east-1.s3", "rtb-1")
            .NetworkAcl("acl-1", "vpc-1", rules: acl)
            .SecurityGroup("sg-redshift", "vpc-1")
            .RedshiftCluster("c1", ["subnet-a"], clusterGroups ?? ["sg-redshift"], catalog: DataCatalog.Hive,
                buckets: [new BucketUse { Bucket = "raw", Uses = BucketUseKind.Copy }])
            .S3Bucket("raw");

    [Fact]
    public void Check_LowerDenyShadowsPartOfTheReplyPorts_FixNamesTheDenyRule()
    {
        var topology = EndpointVpc(a => a
            .Ingress(50, "tcp", "50000-60999", "0.0.0.0/0", allow: false)
            .Ingress(100, "tcp", "1024-65535", "0.0.0.0/0")
            .Egress(100, "all", null, "0.0.0.0/0")).Build();

        var copy = Copy(topology);

        Assert.Equal(Verdict.Intermittent, copy.Verdict);
        Assert.Contains(ExplanationCode.EphemeralPortsPartial, copy.Codes);
        Assert.Equal("acl-1", copy.Blocker!.Component);
        Assert.Equal("remove or narrow deny rule 50 in acl-1: it refuses part of the ephemeral ports replies return to before any allow rule is reached (F2, F3)",
            copy.Blocker.Fix);
    }

    [Fact]
    public void Check_NarrowAllowAdmitsPartOfTheReplyPorts_FixWidensTheAllowRule()
    {
        var topology = EndpointVpc(a => a
            .Ingress(100, "tcp", "1024-49151", "0.0.0.0/0")
            .Egress(100, "all", null, "0.0.0.0/0")).Build();

        var copy = Copy(topology);

        Assert.Equal(Verdict.Intermittent, copy.Verdict);
        Assert.StartsWith("widen the rule in acl-1 to TCP 1024-65535", copy.Blocker!.Fix);
    }

    [Fact]
    public void Check_LowerDenyShadowsTheRequestAllow_FixRemovesOrRenumbersTheDeny()
    {
        var topology = EndpointVpc(a => a
            .Ingress(100, "all", null, "0.0.0.0/0")
            .Egress(50, "tcp", "443", "0.0.0.0/0", allow: false)
            .Egress(200, "tcp", "443", "0.0.0.0/0")).Build();

        var copy = Copy(topology);

        Assert.Equal(Verdict.Unreachable, copy.Verdict);
        Assert.Equal([ExplanationCode.SubnetAclRestriction], copy.Codes);
        Assert.Equal("remove deny rule 50 from acl-1, or give it a number above the allow rule: entries are evaluated lowest number first (F2)", copy.Blocker!.Fix);
    }

    [Fact]
    public void Check_ClusterWithoutSecurityGroups_FixAttachesOne()
    {
        var topology = EndpointVpc(a => a.AllowAll(), clusterGroups: []).Build();

        var copy = Copy(topology);

        Assert.Equal(Verdict.Unreachable, copy.Verdict);
        Assert.Equal("attach a security group that allows outbound TCP 443 to c1: with no group its interfaces allow nothing (F1)", copy.Blocker!.Fix);
    }

    private static TopologyBuilder NatVpc(string? igwVpc, string publicDefaultRoute = "igw-1") =>
        new TopologyBuilder()
            .Vpc("vpc-1", "10.0.0.0/16")
            .Subnet("subnet-a", "vpc-1", "10.0.1.0/24", routeTable: "rtb-private")
            .Subnet("subnet-pub", "vpc-1", "10.0.0.0/24", routeTable: "rtb-public")
            .RouteTable("rtb-private", "vpc-1", routes: r => r.Route("0.0.0.0/0", "nat-a"))
            .RouteTable("rtb-public", "vpc-1", routes: r => r.Route("0.0.0.0/0", publicDefaultRoute))
            .InternetGateway("igw-1", igwVpc)
            .NatGateway("nat-a", "subnet-pub", publicIp: "3.3.3.3")
            .SecurityGroup("sg-redshift", "vpc-1")
            .RedshiftCluster("c1", ["subnet-a"], ["sg-redshift"], catalog: DataCatalog.Hive,
                buckets: [new BucketUse { Bucket = "raw", Uses = BucketUseKind.Copy }]);

    [Fact]
    public void Check_NatGatewaysInternetGatewayDetached_FixAttachesIt()
    {
        var copy = Copy(NatVpc(igwVpc: null).S3Bucket("raw").Build());

        Assert.Equal(Verdict.Unreachable, copy.Verdict);
        Assert.Equal([ExplanationCode.NatGatewayHasNoInternetRoute, ExplanationCode.IgwNotAttached], copy.Codes);
        Assert.Equal("attach igw-1 to vpc-1: the NAT gateway's route leads to an internet gateway that is not attached (G1, G2)", copy.Blocker!.Fix);
    }

    [Fact]
    public void Check_NatsSubnetRoutesBackToTheNat_NoInternetRouteAtThatTable_FixNamesTheIgw()
    {
        // newuser-trial-3 #2: not NAT_GATEWAY_SAME_SUBNET with 'move nat-a out of the cluster's subnet' (it is not in it).
        var topology = NatVpc(igwVpc: "vpc-1", publicDefaultRoute: "nat-a").S3Bucket("raw").Build();

        var copy = Copy(topology);

        Assert.Equal(Verdict.Unreachable, copy.Verdict);
        Assert.Equal([ExplanationCode.NatGatewayHasNoInternetRoute], copy.Codes);
        Assert.Equal(("rtb-public", "route-table"), (copy.Blocker!.Component, copy.Blocker.Kind));
        Assert.Equal("route 0.0.0.0/0 in rtb-public to igw-1, or move nat-a to a public subnet (G2)", copy.Blocker.Fix);
    }

    // ---- newuser-trial-3 #7: fix lines that fit the topology ----

    private static TopologyBuilder PublicSubnetCluster(bool publiclyAccessible, string? elasticIp) =>
        new TopologyBuilder()
            .Vpc("vpc-1", "10.0.0.0/16")
            .Subnet("subnet-a", "vpc-1", "10.0.1.0/24", routeTable: "rtb-public")
            .RouteTable("rtb-public", "vpc-1", routes: r => r.Route("0.0.0.0/0", "igw-1"))
            .InternetGateway("igw-1", "vpc-1")
            .SecurityGroup("sg-redshift", "vpc-1")
            .RedshiftCluster("c1", ["subnet-a"], ["sg-redshift"], publiclyAccessible: publiclyAccessible, elasticIp: elasticIp, catalog: DataCatalog.Hive,
                buckets: [new BucketUse { Bucket = "raw", Uses = BucketUseKind.Copy }])
            .S3Bucket("raw");

    [Fact]
    public void Check_PubliclyAccessibleClusterWithoutElasticIp_FixGivesItAnElasticIp()
    {
        var copy = Copy(PublicSubnetCluster(publiclyAccessible: true, elasticIp: null).Build());

        Assert.Equal([ExplanationCode.IgwPublicIpAssociationForEgress], copy.Codes);
        Assert.Equal("give c1 an Elastic IP (elastic_ip): it is publicly accessible, but without a public address the internet gateway drops its traffic; "
            + "or route 0.0.0.0/0 in rtb-public to a NAT gateway (G1, RS2)", copy.Blocker!.Fix);
    }

    [Fact]
    public void Check_PrivateClusterInPublicSubnet_FixStillOffersPublicAccess()
    {
        var copy = Copy(PublicSubnetCluster(publiclyAccessible: false, elasticIp: null).Build());

        Assert.StartsWith("make c1 publicly accessible with an Elastic IP", copy.Blocker!.Fix);
    }

    [Fact]
    public void Check_PrivateNatGateway_FixNamesTheNatNotTheInternetGateway()
    {
        var topology = NatVpc(igwVpc: "vpc-1").S3Bucket("raw").Build();
        topology = topology with { NatGateways = [.. topology.NatGateways.Select(n => n with { Connectivity = NatGatewayConnectivity.Private, PublicIp = null })] };

        var copy = Copy(topology);

        Assert.Equal([ExplanationCode.NatGatewayPrivate], copy.Codes);
        Assert.Equal("replace nat-a with a public NAT gateway (connectivity public, with an Elastic IP) in a public subnet "
            + "and point 0.0.0.0/0 in rtb-private at it: a private NAT gateway never reaches the internet (G2)", copy.Blocker!.Fix);
    }

    [Fact]
    public void Check_PublicNatGatewayWithoutElasticIp_FixNamesTheNat()
    {
        var topology = NatVpc(igwVpc: "vpc-1").S3Bucket("raw").Build();
        topology = topology with { NatGateways = [.. topology.NatGateways.Select(n => n with { PublicIp = null })] };

        Assert.Equal("give nat-a an Elastic IP: a public NAT gateway reaches the internet only through one (G2)", Copy(topology).Blocker!.Fix);
    }

    /// <summary>rtb-1 with the S3 gateway endpoint's association and a blackhole CIDR route.</summary>
    private static NetworkTopology EndpointTableWithBlackhole(string cidr) =>
        new TopologyBuilder()
            .Vpc("vpc-1", "10.0.0.0/16")
            .Subnet("subnet-a", "vpc-1", "10.0.1.0/24", routeTable: "rtb-1")
            .RouteTable("rtb-1", "vpc-1", routes: r => r.Blackhole(cidr))
            .GatewayEndpoint("vpce-s3", "vpc-1", "com.amazonaws.us-east-1.s3", "rtb-1")
            .SecurityGroup("sg-redshift", "vpc-1")
            .RedshiftCluster("c1", ["subnet-a"], ["sg-redshift"], catalog: DataCatalog.Hive,
                buckets: [new BucketUse { Bucket = "raw", Uses = BucketUseKind.Copy }])
            .S3Bucket("raw").Build();

    [Fact]
    public void Check_BlackholeTiesWithTheEndpointRoute_FixSaysItWinsTheTie()
    {
        // whatif --add-route rtb-dw-b:52.216.0.0/15=blackhole: an exact tie won by R4, not "more specific".
        var topology = EndpointTableWithBlackhole("52.216.0.0/15");

        var copy = Copy(topology);

        Assert.Equal(Verdict.Intermittent, copy.Verdict);
        Assert.Equal("52.216.0.0/15 -> blackhole drops the packet (R5)", copy.Blocker!.Rule);
        Assert.Equal("remove the blackhole route 52.216.0.0/15 from rtb-1: it ties exactly with the vpce-s3 (endpoint route table association) route "
            + "for the same CIDR and wins the tie (an explicit CIDR route beats a prefix-list route), dropping part of s3's addresses (R4, R5)", copy.Blocker.Fix);
    }

    [Fact]
    public void Check_BlackholeMoreSpecificThanTheEndpointRoute_FixSaysMoreSpecific()
    {
        var topology = EndpointTableWithBlackhole("52.216.0.0/16");

        Assert.StartsWith("remove the blackhole route 52.216.0.0/16 from rtb-1: it is more specific than the working route", Copy(topology).Blocker!.Fix);
    }

    [Fact]
    public void Check_EndpointPolicyAllowsOnlyGetObject_FixNamesTheMissingIamAction()
    {
        var topology = EndpointVpc(a => a.AllowAll()).Build();
        const string policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::raw/*"}]}""";
        topology = topology with { VpcEndpoints = [.. topology.VpcEndpoints.Select(e => e with { Policy = new PolicyText(policy, default) })] };

        var copy = Copy(topology);

        Assert.Equal(Verdict.Denied, copy.Verdict);
        Assert.Equal("no statement allows s3:ListBucket on arn:aws:s3:::raw", copy.Blocker!.Rule);
        Assert.Equal("allow s3:ListBucket on arn:aws:s3:::raw for the cluster's IAM role in the policy of vpce-s3: copy needs it (E3, RS4)", copy.Blocker.Fix);
    }

    [Fact]
    public void Check_PendingGatewayEndpoint_VpceNotAvailableAtTheEndpoint()
    {
        // newuser-trial-3 #4 (/tmp/trial/v2/vpce-pending.yaml): not BAD_STATE_ROUTE with "replace the blackhole route".
        var topology = new TopologyBuilder()
            .Vpc("vpc-1", "10.0.0.0/16")
            .Subnet("subnet-a", "vpc-1", "10.0.1.0/24", routeTable: "rtb-1")
            .RouteTable("rtb-1", "vpc-1")
            .GatewayEndpoint("vpce-s3", "vpc-1", "com.amazonaws.us-east-1.s3", available: false, "rtb-1")
            .SecurityGroup("sg-redshift", "vpc-1")
            .RedshiftCluster("c1", ["subnet-a"], ["sg-redshift"], catalog: DataCatalog.Hive,
                buckets: [new BucketUse { Bucket = "raw", Uses = BucketUseKind.Copy }])
            .S3Bucket("raw").Build();

        var copy = Copy(topology);

        Assert.Equal(Verdict.Unreachable, copy.Verdict);
        Assert.Equal([ExplanationCode.EndpointNotAvailable], copy.Codes);
        Assert.Equal(("vpce-s3", "vpc-endpoint"), (copy.Blocker!.Component, copy.Blocker.Kind));
        Assert.Equal("vpce-s3 is not available (its state is not 'available'): it carries no traffic (R6)", copy.Blocker.Rule);
        Assert.Equal("wait for vpce-s3 to become available, or recreate it: an endpoint in any other state (pending, failed, deleting) carries no traffic (R6, E1)",
            copy.Blocker.Fix);
        Assert.Equal(["security-group sg-redshift", "route-table rtb-1", "vpc-endpoint vpce-s3"], copy.Path.Select(h => $"{h.Kind} {h.Component}"));
    }

    [Fact]
    public void Check_FailedNatGateway_NatGatewayNotAvailableAtTheNat()
    {
        // newuser-trial-3 #4 (/tmp/trial/v2/nat-a-failed.yaml): the table's code, the path and the blocker agree on nat-a.
        var topology = new TopologyBuilder()
            .Vpc("vpc-1", "10.0.0.0/16")
            .Subnet("subnet-a", "vpc-1", "10.0.1.0/24", routeTable: "rtb-private")
            .Subnet("subnet-pub", "vpc-1", "10.0.0.0/24", routeTable: "rtb-public")
            .RouteTable("rtb-private", "vpc-1", routes: r => r.Route("0.0.0.0/0", "nat-a"))
            .RouteTable("rtb-public", "vpc-1", routes: r => r.Route("0.0.0.0/0", "igw-1"))
            .InternetGateway("igw-1", "vpc-1")
            .NatGateway("nat-a", "subnet-pub", publicIp: "3.3.3.3", available: false)
            .SecurityGroup("sg-redshift", "vpc-1")
            .RedshiftCluster("c1", ["subnet-a"], ["sg-redshift"], catalog: DataCatalog.Hive,
                buckets: [new BucketUse { Bucket = "raw", Uses = BucketUseKind.Copy }])
            .S3Bucket("raw").Build();

        var copy = Copy(topology);

        Assert.Equal(Verdict.Unreachable, copy.Verdict);
        Assert.Equal([ExplanationCode.NatGatewayNotAvailable], copy.Codes);
        Assert.Equal(("nat-a", "nat-gateway"), (copy.Blocker!.Component, copy.Blocker.Kind));
        Assert.Equal("wait for nat-a to become available, or recreate it and point the route in rtb-private at the new NAT gateway: "
            + "a NAT gateway in any other state (pending, failed, deleting) carries no traffic (G2)", copy.Blocker.Fix);
        Assert.Equal(["security-group sg-redshift", "route-table rtb-private", "nat-gateway nat-a"], copy.Path.Select(h => $"{h.Kind} {h.Component}"));
    }

    [Fact]
    public void Check_CrossRegionBucketDeniedUnlessEndpoint_FixExemptsTheRoleNotAllow()
    {
        var topology = NatVpc("vpc-1").S3Bucket("raw", "eu-west-1").Build();
        topology = topology with
        {
            S3Buckets = [topology.S3Buckets[0] with { Policy = new PolicyText("""
                {"Statement":[{"Sid":"DenyUnlessEndpoint","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::raw","arn:aws:s3:::raw/*"],"Condition":{"StringNotEquals":{"aws:SourceVpce":"vpce-s3"}}}]}
                """, new SourceLocation("t.yaml", 1, 1)) }],
        };

        var copy = Copy(topology);

        Assert.Equal(Verdict.Denied, copy.Verdict);
        Assert.Equal("exempt the cluster's IAM role from the denying statement of raw's bucket policy (e.g. an aws:PrincipalArn condition): "
            + "a request from us-east-1 to a bucket in eu-west-1 never carries aws:SourceVpce, and no Allow overrides an explicit Deny (E4)", copy.Blocker!.Fix);
    }

    [Fact]
    public void Check_ClusterSubnetIsTheNatGatewaysPublicSubnet_FixKeepsTheNatRoute()
    {
        // newuser finding 11: routing this table to a NAT gateway would break the NAT gateway itself.
        var topology = NatVpc("vpc-1").S3Bucket("raw").Build();
        topology = topology with { RedshiftClusters = [topology.RedshiftClusters[0] with { Subnets = [new SubnetId("subnet-a"), new SubnetId("subnet-pub")] }] };

        var copy = new RedshiftAnalyzer(new TracerPathProbe(NetworkModel.Build(topology)), new PolicyFlowAuthorizer(topology))
            .Check(topology).Clusters.Single().Flows.Single(f => f.Flow.Kind == RedshiftFlowKind.Copy && f.Subnet == new SubnetId("subnet-pub"));

        Assert.Equal(Verdict.Unreachable, copy.Verdict);
        Assert.Equal("take subnet-pub out of c1's subnet group, or make c1 publicly accessible with an Elastic IP: "
            + "it is the public subnet of nat-a, whose route to the internet gateway must stay (G1, G2, RS2)", copy.Blocker!.Fix);
    }
}
