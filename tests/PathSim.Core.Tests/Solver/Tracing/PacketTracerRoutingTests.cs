using PathSim.Addressing;
using PathSim.Traces;
using Xunit;
using static PathSim.Core.Tests.Solver.Tracing.TracerFixture;

namespace PathSim.Core.Tests.Solver.Tracing;

public sealed class PacketTracerRoutingTests
{
    [Fact]
    public void PublicInstance_ToInternet_ReachesThroughIgwWithOneToOneMapping()
    {
        var result = Trace(Base(), "eni-pub", "8.8.8.8");
        Assert.Equal(Verdict.Reachable, result.Verdict);
        Assert.Equal(TraceDisposition.ReachedInternet, result.Disposition);
        Assert.Equal("igw-a", result.Via);
        Assert.Empty(result.Codes);
        Assert.Equal(["network-interface eni-pub", "route-table rtb-pub", "network-acl vpc-a-implicit-default-acl", "internet-gateway igw-a", "internet internet"],
            Path(result.Forward));
        var map = Step<TransformStep>(result.Forward, "igw-a");
        Assert.Equal("tcp 10.0.0.20:32768 -> 8.8.8.8:443", map.Before.ToString());
        Assert.Equal("tcp 198.51.100.20:32768 -> 8.8.8.8:443", map.After.ToString());
        Assert.Equal(Ipv4Address.Parse("198.51.100.20"), result.PublicSource);
        Assert.Equal(["internet internet", "internet-gateway igw-a", "network-acl vpc-a-implicit-default-acl", "network-interface eni-pub"], Path(result.Return));
        Assert.Equal("tcp 8.8.8.8:443 -> 10.0.0.20:32768", Step<TransformStep>(result.Return!, "igw-a").After.ToString());
        Assert.Equal("egress all 0.0.0.0/0", Step<FilterStep>(result.Forward, "eni-pub").Text.Split(": ")[1]);
    }

    [Fact]
    public void InterfaceWithoutPublicIp_ToInternet_DroppedAtIgw()
    {
        var result = Trace(Base(), "eni-pub-noip", "8.8.8.8");
        Assert.Equal(Verdict.Unreachable, result.Verdict);
        Assert.Equal(TraceDisposition.Dropped, result.Disposition);
        Assert.Equal(["IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS"], Codes(result));
        Assert.Equal("internet-gateway igw-a", Path(result.Forward)[^1]);
        Assert.Null(result.Return);
    }

    [Fact]
    public void DetachedIgw_IsNotUsable()
    {
        var result = Trace(Base(pubRoutes: r => r.Route("0.0.0.0/0", "igw-loose")).InternetGateway("igw-loose", null), "eni-pub", "8.8.8.8");
        Assert.Equal(["IGW_NOT_ATTACHED"], Codes(result));
        Assert.Equal("internet-gateway igw-loose", Path(result.Forward)[^1]);
    }

    [Fact]
    public void IsolatedSubnet_MainTableLocalOnly_NoRoute()
    {
        var result = Trace(Base(), "eni-iso", "8.8.8.8");
        Assert.Equal(["NO_ROUTE_TO_DESTINATION"], Codes(result));
        Assert.Equal(["network-interface eni-iso", "route-table rtb-main"], Path(result.Forward));
        Assert.Equal("no route to 8.8.8.8 in rtb-main", result.Forward.Drop!.Text);
    }

    [Fact]
    public void LongestPrefix_MoreSpecificBlackhole_WinsOverDefault()
    {
        var builder = Base(pubRoutes: r => r.Route("0.0.0.0/0", "igw-a").Blackhole("8.8.8.0/24"));
        var dropped = Trace(builder, "eni-pub", "8.8.8.8");
        Assert.Equal(["BAD_STATE_ROUTE"], Codes(dropped));
        var route = Step<RouteStep>(dropped.Forward, "rtb-pub");
        Assert.Equal("8.8.8.0/24", route.Destination.ToString());
        Assert.Equal("blackhole", route.Target);
        Assert.Equal(Verdict.Reachable, Trace(builder, "eni-pub", "8.8.4.4").Verdict);
    }

    [Fact]
    public void ExactTie_PrefixListAndCidr_ExplicitCidrRouteDecides()
    {
        var builder = Base(pubRoutes: r => r.Route("0.0.0.0/0", "igw-a").Route("pl-dns", "blackhole").Route("8.8.8.0/24", "igw-a"))
            .PrefixList("pl-dns", "dns", "8.8.8.0/24");
        var result = Trace(builder, "eni-pub", "8.8.8.8");
        Assert.Equal(Verdict.Reachable, result.Verdict);
        Assert.Equal("8.8.8.0/24 -> igw-a", Step<RouteStep>(result.Forward, "rtb-pub").Text);
    }

    [Fact]
    public void LocalRoute_AcrossSubnets_SecurityGroupIngressChecked()
    {
        var result = Trace(Base(), "eni-priv", "eni-iso");
        Assert.Equal(Verdict.Reachable, result.Verdict);
        Assert.Equal(TraceDisposition.DeliveredToInterface, result.Disposition);
        Assert.Null(result.Via);
        Assert.Equal(["network-interface eni-priv", "route-table rtb-priv", "network-acl vpc-a-implicit-default-acl",
            "network-acl vpc-a-implicit-default-acl", "network-interface eni-iso"], Path(result.Forward));
        Assert.Equal(["network-interface eni-iso", "route-table rtb-main", "network-acl vpc-a-implicit-default-acl",
            "network-acl vpc-a-implicit-default-acl", "network-interface eni-priv"], Path(result.Return));
        var deniedPort = Trace(Base(), "eni-priv", "eni-iso", port: 22);
        Assert.Equal(["ENI_SG_RULES_MISMATCH"], Codes(deniedPort));
        Assert.Equal("network-interface eni-iso", Path(deniedPort.Forward)[^1]);
    }

    [Fact]
    public void AddressWithoutInterface_InsideSubnet_Dropped()
    {
        var result = Trace(Base(), "eni-priv", "10.0.2.99");
        Assert.Equal(["NO_INTERFACE_AT_ADDRESS"], Codes(result));
    }

    [Fact]
    public void TransitGatewayTarget_StopsAsNotModelled()
    {
        var result = Trace(Base(pubRoutes: r => r.Route("0.0.0.0/0", "tgw-123")), "eni-pub", "8.8.8.8");
        Assert.Equal(["TARGET_NOT_MODELLED"], Codes(result));
        Assert.Equal("unmodelled-target tgw-123", Path(result.Forward)[^1]);
    }

    [Fact]
    public void SecurityGroupWithoutEgress_DropsAtSource()
    {
        var builder = Base().SecurityGroup("sg-mute", "vpc-a", g => g.NoEgress()).Interface("eni-mute", "subnet-pub", "10.0.0.30", publicIp: "198.51.100.30", securityGroups: ["sg-mute"]);
        var result = Trace(builder, "eni-mute", "8.8.8.8");
        Assert.Equal(["ENI_SG_RULES_MISMATCH"], Codes(result));
        Assert.Equal(["network-interface eni-mute"], Path(result.Forward));
        Assert.Equal(FilterAction.Deny, Step<FilterStep>(result.Forward, "eni-mute").Action);
    }

    [Fact]
    public void SecurityGroupReference_MatchesCarriersOnly()
    {
        var builder = Base()
            .SecurityGroup("sg-db", "vpc-a", g => g.Ingress("tcp", "5432", "sg-app"))
            .SecurityGroup("sg-other", "vpc-a")
            .Interface("eni-db", "subnet-iso", "10.0.2.50", securityGroups: ["sg-db"])
            .Interface("eni-other", "subnet-priv", "10.0.1.50", securityGroups: ["sg-other"]);
        var allowed = Trace(builder, "eni-priv", "eni-db", port: 5432);
        Assert.Equal(Verdict.Reachable, allowed.Verdict);
        Assert.Equal("sg-db: ingress tcp 5432 sg-app", Step<FilterStep>(allowed.Forward, "eni-db").Text);
        Assert.Equal(["ENI_SG_RULES_MISMATCH"], Codes(Trace(builder, "eni-other", "eni-db", port: 5432)));
    }

    [Fact]
    public void ResolveSource_InstanceNatAndPrivateIp_FindTheirInterfaces()
    {
        var tracer = new PathSim.Solver.Tracing.PacketTracer(PathSim.Network.NetworkModel.Build(Base().Build()));
        Assert.Equal("eni-pub", tracer.ResolveSource("i-pub", out _)!.Id.Value);
        Assert.Equal(Ipv4Address.Parse("10.0.0.10"), tracer.ResolveSource("nat-a", out _)!.PrivateIp);
        Assert.Equal("eni-priv", tracer.ResolveSource("10.0.1.20", out _)!.Id.Value);
        Assert.Null(tracer.ResolveSource("10.0.9.9", out var error));
        Assert.Equal("no network interface has the private IP 10.0.9.9", error);
        Assert.Null(tracer.ResolveSource("eni-nope", out error));
        Assert.Equal("'eni-nope' is not a network interface, instance, NAT gateway or private IP of this topology", error);
    }
}
