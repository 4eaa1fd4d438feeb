using PathSim.Addressing;
using PathSim.Topology;
using PathSim.Traces;
using Xunit;
using static PathSim.Core.Tests.Solver.Tracing.TracerFixture;

namespace PathSim.Core.Tests.Solver.Tracing;

public sealed class PacketTracerNatGatewayTests
{
    [Fact]
    public void PrivateInstance_ThroughPublicNat_ReachesInternetViaNat()
    {
        var result = Trace(Base(), "eni-priv", "8.8.8.8");
        Assert.Equal(Verdict.Reachable, result.Verdict);
        Assert.Equal("nat-a", result.Via);
        Assert.Equal(Ipv4Address.Parse("203.0.113.10"), result.PublicSource);
        Assert.Equal([
            "network-interface eni-priv", "route-table rtb-priv", "network-acl vpc-a-implicit-default-acl", "network-acl vpc-a-implicit-default-acl",
            "nat-gateway nat-a", "route-table rtb-pub", "network-acl vpc-a-implicit-default-acl", "internet-gateway igw-a", "internet internet"],
            Path(result.Forward));
        var nat = Step<TransformStep>(result.Forward, "nat-a");
        Assert.Equal("tcp 10.0.1.20:32768 -> 8.8.8.8:443", nat.Before.ToString());
        Assert.Equal("tcp 10.0.0.10:32768 -> 8.8.8.8:443", nat.After.ToString());
        Assert.Equal("tcp 203.0.113.10:32768 -> 8.8.8.8:443", Step<TransformStep>(result.Forward, "igw-a").After.ToString());
        Assert.Equal([
            "internet internet", "internet-gateway igw-a", "network-acl vpc-a-implicit-default-acl", "nat-gateway nat-a", "route-table rtb-pub",
            "network-acl vpc-a-implicit-default-acl", "network-acl vpc-a-implicit-default-acl", "network-interface eni-priv"],
            Path(result.Return));
        Assert.Equal("tcp 8.8.8.8:443 -> 10.0.1.20:32768", Step<TransformStep>(result.Return!, "nat-a").After.ToString());
    }

    [Fact]
    public void ClientPortBelow1024_NatUsesItsOwnRange()
    {
        var result = Trace(Base(), "eni-priv", "8.8.8.8", sourcePort: 80);
        Assert.Equal(1024, Step<TransformStep>(result.Forward, "nat-a").After.SourcePort);
        Assert.Equal(80, Step<TransformStep>(result.Return!, "nat-a").After.DestinationPort);
    }

    [Fact]
    public void NatWithoutElasticIp_DroppedAtIgw()
    {
        var result = Trace(Base(privRoutes: r => r.Route("0.0.0.0/0", "nat-noeip")).NatGateway("nat-noeip", "subnet-pub"), "eni-priv", "8.8.8.8");
        Assert.Equal(["NAT_GATEWAY_NO_ELASTIC_IP"], Codes(result));
        Assert.Equal("internet-gateway igw-a", Path(result.Forward)[^1]);
    }

    [Fact]
    public void NatInSubnetWithoutIgwRoute_HasNoInternetRoute()
    {
        var builder = Base(privRoutes: r => r.Route("0.0.0.0/0", "nat-iso"))
            .NatGateway("nat-iso", "subnet-iso", publicIp: "203.0.113.11");
        var result = Trace(builder, "eni-priv", "8.8.8.8");
        Assert.Equal(["NAT_GATEWAY_HAS_NO_INTERNET_ROUTE"], Codes(result));
        Assert.Equal("route-table rtb-main", Path(result.Forward)[^1]);
    }

    [Fact]
    public void NatsOwnSubnetRoutesBackToTheNat_HasNoInternetRoute_NotSameSubnet()
    {
        // newuser-trial-3 #2 (/tmp/trial/v2/nat-loop.yaml): the client is not in the NAT's subnet; the NAT's
        // subnet's table sends 0.0.0.0/0 back to the NAT instead of to an internet gateway (G2).
        var result = Trace(Base(pubRoutes: r => r.Route("0.0.0.0/0", "nat-a")), "eni-priv", "8.8.8.8");
        Assert.Equal(Verdict.Unreachable, result.Verdict);
        Assert.Equal(["NAT_GATEWAY_HAS_NO_INTERNET_ROUTE"], Codes(result));
        Assert.Equal([
            "network-interface eni-priv", "route-table rtb-priv", "network-acl vpc-a-implicit-default-acl", "network-acl vpc-a-implicit-default-acl",
            "nat-gateway nat-a", "route-table rtb-pub"], Path(result.Forward));
        Assert.Equal("0.0.0.0/0 -> nat-a: the NAT gateway's subnet sends 8.8.8.8 to nat-a, not to an internet gateway (G2)", result.Forward.Drop!.Text);
    }

    [Fact]
    public void NatsOwnSubnetRoutesBackToTheNat_PrivateDestinationStillFollowsTheRoute()
    {
        // Only a public destination needs an internet gateway; a private one meets the NAT's own-subnet rule.
        var result = Trace(Base(pubRoutes: r => r.Route("0.0.0.0/0", "nat-a")), "eni-priv", "192.168.1.1");
        Assert.Equal(["NAT_GATEWAY_SAME_SUBNET"], Codes(result));
    }

    [Fact]
    public void ClientInNatsOwnSubnet_NotServed()
    {
        var result = Trace(Base(pubRoutes: r => r.Route("0.0.0.0/0", "nat-a")), "eni-pub", "8.8.8.8");
        Assert.Equal(["NAT_GATEWAY_SAME_SUBNET"], Codes(result));
        Assert.Equal(["network-interface eni-pub", "route-table rtb-pub", "nat-gateway nat-a"], Path(result.Forward));
    }

    [Fact]
    public void PrivateNatGateway_NeverReachesInternet()
    {
        var builder = Base(privRoutes: r => r.Route("0.0.0.0/0", "nat-private"))
            .NatGateway("nat-private", "subnet-pub", connectivity: NatGatewayConnectivity.Private);
        Assert.Equal(["NAT_GATEWAY_PRIVATE_CONNECTIVITY"], Codes(Trace(builder, "eni-priv", "8.8.8.8")));
    }

    [Fact]
    public void NatGateway_OtherProtocol_Restricted()
    {
        var result = Trace(Base(), "eni-priv", "8.8.8.8", protocol: "47");
        Assert.Equal(["NAT_GATEWAY_PROTOCOL_RESTRICTION"], Codes(result));
        Assert.Equal(Verdict.Reachable, Trace(Base(), "eni-priv", "8.8.8.8", protocol: "udp", port: 53).Verdict);
        Assert.Equal(Verdict.Reachable, Trace(Base(), "eni-priv", "8.8.8.8", protocol: "icmp").Verdict);
    }

    [Fact]
    public void UnavailableNat_DroppedAtTheNatGatewayBeforeAnyAcl()
    {
        // newuser-trial-3 #4: a failed NAT gateway is not a blackhole route: the code, the path and the blocker name the NAT (G2).
        var result = Trace(Base(privRoutes: r => r.Route("0.0.0.0/0", "nat-failed")).NatGateway("nat-failed", "subnet-pub", publicIp: "203.0.113.12", available: false),
            "eni-priv", "8.8.8.8");
        Assert.Equal(Verdict.Unreachable, result.Verdict);
        Assert.Equal(["NAT_GATEWAY_NOT_AVAILABLE"], Codes(result));
        Assert.Equal(["network-interface eni-priv", "route-table rtb-priv", "nat-gateway nat-failed"], Path(result.Forward));
        Assert.Equal("nat-failed is not available (its state is not 'available'): it carries no traffic (G2)", result.Forward.Drop!.Text);
    }

    [Fact]
    public void NatSubnetAcl_ReplyAdmitsPartOfNatPortRange_Intermittent()
    {
        // The public subnet's ACL admits replies only on 32768-65535, but the NAT gateway uses 1024-65535 (F3).
        var result = Trace(Base(privRoutes: r => r.Route("0.0.0.0/0", "nat-b"))
            .Subnet("subnet-pub2", "vpc-a", "10.0.3.0/24", routeTable: "rtb-pub", networkAcl: "acl-pub")
            .NetworkAcl("acl-pub", "vpc-a", rules: a => a
                .Ingress(100, "tcp", "32768-65535", "0.0.0.0/0").Ingress(110, "tcp", "443", "10.0.0.0/16")
                .Egress(100, "all", null, "0.0.0.0/0"))
            .NatGateway("nat-b", "subnet-pub2", publicIp: "203.0.113.13"), "eni-priv", "8.8.8.8");
        Assert.Equal(Verdict.Intermittent, result.Verdict);
        Assert.Equal(["EPHEMERAL_PORTS_PARTIAL"], Codes(result));
        var partial = Step<FilterStep>(result.Return!, "acl-pub");
        Assert.Equal(FilterAction.Partial, partial.Action);
        Assert.Equal(100, partial.RuleNumber);
        Assert.Contains("only ports 32768-65535 of the reply range 1024-65535 pass", partial.Text);
    }
}
