using PathSim.Network;
using PathSim.Testing.Topologies;
using PathSim.Traces;
using Xunit;
using static PathSim.Core.Tests.Solver.Tracing.TracerFixture;

namespace PathSim.Core.Tests.Solver.Tracing;

/// <summary>
/// newuser-trial-3 #3: a decision that drops the packet is recorded once, as the drop, and that step
/// names the rule (route, rule number, location) through <see cref="DropStep.Decision"/>; it is not
/// first recorded as a passing (or denying) step and then again as the drop.
/// </summary>
public sealed class PacketTracerOneStepPerDecisionTests
{
    [Fact]
    public void BlackholeRoute_OneDropStepThatIsTheRoute()
    {
        var result = Trace(Base(privRoutes: r => r.Route("0.0.0.0/0", "nat-gone")), "eni-priv", "8.8.8.8");
        Assert.Equal(["BAD_STATE_ROUTE"], Codes(result));
        var hop = result.Forward.Hops[^1];
        Assert.Equal("route-table rtb-priv", $"{hop.Component.Kind.ToWireName()} {hop.Component.Id}");
        var drop = Assert.IsType<DropStep>(Assert.Single(hop.Steps));
        Assert.Equal("0.0.0.0/0 -> nat-gone is a blackhole (R5)", drop.Text);
        var route = Assert.IsType<RouteStep>(drop.Decision);
        Assert.Equal(("0.0.0.0/0", "nat-gone"), (route.Destination.ToString(), route.Target));
    }

    [Fact]
    public void RouteToBlackhole_SaysItDropsThePacket()
    {
        var result = Trace(Base(pubRoutes: r => r.Route("0.0.0.0/0", "igw-a").Blackhole("8.8.8.0/24")), "eni-pub", "8.8.8.8");
        Assert.Equal("8.8.8.0/24 -> blackhole drops the packet (R5)", Assert.Single(result.Forward.Hops[^1].Steps).Text);
    }

    [Fact]
    public void ReplyAclDeniesEveryPort_OneDropStepNamingTheRule()
    {
        var builder = new TopologyBuilder()
            .Vpc("vpc-a", "10.0.0.0/16")
            .Subnet("subnet-pub", "vpc-a", "10.0.0.0/24", routeTable: "rtb-pub", networkAcl: "acl-pub")
            .RouteTable("rtb-pub", "vpc-a", routes: r => r.Route("0.0.0.0/0", "igw-a"))
            .InternetGateway("igw-a", "vpc-a")
            .NetworkAcl("acl-pub", "vpc-a", rules: a => a.Ingress(100, "tcp", "443", "0.0.0.0/0").Egress(100, "all", null, "0.0.0.0/0"))
            .SecurityGroup("sg-app", "vpc-a")
            .Interface("eni-pub", "subnet-pub", "10.0.0.20", publicIp: "198.51.100.20", securityGroups: ["sg-app"]);
        var result = Trace(builder, "eni-pub", "8.8.8.8");
        Assert.Equal(["SUBNET_ACL_RESTRICTION"], Codes(result));
        var drop = Assert.IsType<DropStep>(Assert.Single(result.Return!.Hops[^1].Steps));
        Assert.Equal("subnet-pub ingress * deny all 0.0.0.0/0 (implicit): no port of the reply range 32768-60999 passes for a reply from 8.8.8.8", drop.Text);
        var filter = Assert.IsType<FilterStep>(drop.Decision);
        Assert.Equal((FilterAction.Deny, "acl-pub", (int?)null), (filter.Action, filter.Filter, filter.RuleNumber));
    }

    [Fact]
    public void SecurityGroupDeny_OneDropStepThatIsTheGroupDecision()
    {
        var result = Trace(Base().SecurityGroup("sg-none", "vpc-a", g => g.NoEgress()).Interface("eni-x", "subnet-priv", "10.0.1.30", securityGroups: ["sg-none"]),
            "eni-x", "8.8.8.8");
        Assert.Equal(["ENI_SG_RULES_MISMATCH"], Codes(result));
        var drop = Assert.IsType<DropStep>(Assert.Single(Assert.Single(result.Forward.Hops).Steps));
        var filter = Assert.IsType<FilterStep>(drop.Decision);
        Assert.Equal(("sg-none", FilterAction.Deny), (filter.Filter, filter.Action));
        Assert.Equal(filter.Text, drop.Text);
    }

    [Fact]
    public void NoDecisionIsRecordedTwice_AcrossTheBundledKindsOfDrop()
    {
        // Every hop holds at most one step that is a drop or a deny.
        foreach (var (from, to) in new[] { ("eni-priv", "8.8.8.8"), ("eni-iso", "8.8.8.8"), ("eni-pub-noip", "8.8.8.8") })
        {
            var result = Trace(Base(privRoutes: r => r.Route("0.0.0.0/0", "nat-gone")), from, to);
            foreach (var hop in result.Forward.Hops.Concat(result.Return?.Hops ?? default))
                Assert.True(hop.Steps.Count(s => s is DropStep || s is FilterStep { Action: FilterAction.Deny }) <= 1, hop.ToString());
        }
    }
}
