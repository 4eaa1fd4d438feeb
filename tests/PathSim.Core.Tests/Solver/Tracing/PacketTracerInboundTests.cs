using PathSim.Testing.Topologies;
using PathSim.Traces;
using Xunit;
using static PathSim.Core.Tests.Solver.Tracing.TracerFixture;

namespace PathSim.Core.Tests.Solver.Tracing;

public sealed class PacketTracerInboundTests
{
    /// <summary>The fixture plus vpc-web (10.5.0.0/16) whose eni-web has the public IP 198.51.100.77.</summary>
    internal static TopologyBuilder WithWebVpc(string webIngressSource = "0.0.0.0/0", bool webIgw = true, Action<NetworkAclRulesBuilder>? webAcl = null)
    {
        var builder = Base()
            .Vpc("vpc-web", "10.5.0.0/16")
            .Subnet("subnet-web", "vpc-web", "10.5.1.0/24", routeTable: "rtb-web", networkAcl: webAcl is null ? null : "acl-web")
            .RouteTable("rtb-web", "vpc-web", routes: r => r.Route("0.0.0.0/0", "igw-w"))
            .SecurityGroup("sg-web", "vpc-web", g => g.Ingress("tcp", "443", webIngressSource))
            .Interface("eni-web", "subnet-web", "10.5.1.10", publicIp: "198.51.100.77", securityGroups: ["sg-web"]);
        if (webAcl is not null) builder = builder.NetworkAcl("acl-web", "vpc-web", rules: webAcl);
        return webIgw ? builder.InternetGateway("igw-w", "vpc-web") : builder;
    }

    /// <summary>The far side answers on ports 32768–65535 only (egress rule 100, then the implicit deny).</summary>
    internal static void HighReplyPortsOnly(NetworkAclRulesBuilder acl) =>
        acl.Ingress(100, "all", null, "0.0.0.0/0").Egress(100, "tcp", "32768-65535", "0.0.0.0/0");

    [Fact]
    public void PublicIpOfOtherVpc_FarAclAnswersHighPortsOnly_ThroughNatIntermittent()
    {
        // nat-a chose the source port from 1024-65535 (G2), so the reply to its EIP leaves subnet-web on
        // one of those ports: only 32768-65535 pass acl-web's egress (F3).
        var result = Trace(WithWebVpc(webAcl: HighReplyPortsOnly), "eni-priv", "198.51.100.77");
        Assert.Equal(Verdict.Intermittent, result.Verdict);
        Assert.Equal(["EPHEMERAL_PORTS_PARTIAL"], Codes(result));
    }

    [Fact]
    public void PublicIpOfOtherVpc_FarAclAnswersHighPortsOnly_FromOwnPublicIpReachable()
    {
        // Without a NAT gateway the reply goes to the client's ephemeral ports 32768-60999, all allowed.
        var result = Trace(WithWebVpc(webAcl: HighReplyPortsOnly), "eni-pub", "198.51.100.77");
        Assert.Equal(Verdict.Reachable, result.Verdict);
        Assert.Equal("igw-a", result.Via);
    }

    [Fact]
    public void PublicIpOfOtherVpc_ThroughNatAndInternet_DeliveredAndReplyComesBack()
    {
        var result = Trace(WithWebVpc(), "eni-priv", "198.51.100.77");
        Assert.Equal(Verdict.Reachable, result.Verdict);
        Assert.Equal(TraceDisposition.DeliveredToInterface, result.Disposition);
        Assert.Equal("eni-web", result.DeliveredTo!.Value.Value);
        Assert.Equal("nat-a", result.Via);
        Assert.Equal([
            "network-interface eni-priv", "route-table rtb-priv", "network-acl vpc-a-implicit-default-acl", "network-acl vpc-a-implicit-default-acl",
            "nat-gateway nat-a", "route-table rtb-pub", "network-acl vpc-a-implicit-default-acl", "internet-gateway igw-a", "internet internet",
            "internet-gateway igw-w", "network-acl vpc-web-implicit-default-acl", "network-interface eni-web"], Path(result.Forward));
        Assert.Equal("tcp 203.0.113.10:32768 -> 10.5.1.10:443", Step<TransformStep>(result.Forward, "igw-w").After.ToString());
        Assert.Equal([
            "network-interface eni-web", "route-table rtb-web", "network-acl vpc-web-implicit-default-acl", "internet-gateway igw-w", "internet internet",
            "internet-gateway igw-a", "network-acl vpc-a-implicit-default-acl", "nat-gateway nat-a", "route-table rtb-pub",
            "network-acl vpc-a-implicit-default-acl", "network-acl vpc-a-implicit-default-acl", "network-interface eni-priv"], Path(result.Return));
    }

    [Fact]
    public void PublicIpOfOtherVpc_GroupAdmitsPrivateRangeOnly_SeesNatElasticIpAndDenies()
    {
        var result = Trace(WithWebVpc(webIngressSource: "10.0.0.0/8"), "eni-priv", "198.51.100.77");
        Assert.Equal(["ENI_SG_RULES_MISMATCH"], Codes(result));
        Assert.Equal("network-interface eni-web", Path(result.Forward)[^1]);
    }

    [Fact]
    public void PublicIpInVpcWithoutIgw_Unreachable()
    {
        var result = Trace(WithWebVpc(webIgw: false), "eni-pub", "198.51.100.77");
        Assert.Equal(["NO_ROUTE_TO_DESTINATION"], Codes(result));
        Assert.Equal("vpc vpc-web", Path(result.Forward)[^1]);
    }
}
