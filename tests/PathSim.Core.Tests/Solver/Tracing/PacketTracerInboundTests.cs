using PathSim.Testing.Topologies;
using PathSim.Traces;
using Xunit;
using static PathSim.Core.Tests.Solver.Tracing.TracerFixture;

namespace PathSim.Core.Tests.Solver.Tracing;

public sealed class PacketTracerInboundTests
{
    /// <summary>The fixture plus vpc-web (10.5.0.0/16) whose eni-web has the public IP 198.51.100.77.</summary>
    private static TopologyBuilder WithWebVpc(string webIngressSource = "0.0.0.0/0", bool webIgw = true)
    {
        var builder = Base()
            .Vpc("vpc-web", "10.5.0.0/16")
            .Subnet("subnet-web", "vpc-web", "10.5.1.0/24", routeTable: "rtb-web")
            .RouteTable("rtb-web", "vpc-web", routes: r => r.Route("0.0.0.0/0", "igw-w"))
            .SecurityGroup("sg-web", "vpc-web", g => g.Ingress("tcp", "443", webIngressSource))
            .Interface("eni-web", "subnet-web", "10.5.1.10", publicIp: "198.51.100.77", securityGroups: ["sg-web"]);
        return webIgw ? builder.InternetGateway("igw-w", "vpc-web") : builder;
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
