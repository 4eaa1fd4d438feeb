using PathSim.Testing.Topologies;
using PathSim.Traces;
using Xunit;
using static PathSim.Core.Tests.Solver.Tracing.TracerFixture;

namespace PathSim.Core.Tests.Solver.Tracing;

public sealed class PacketTracerNetworkAclTests
{
    /// <summary>The fixture with acl-pub on subnet-pub: egress allows all, ingress as given.</summary>
    private static TopologyBuilder PublicAcl(Action<NetworkAclRulesBuilder> ingress) => new TopologyBuilder()
        .Vpc("vpc-a", "10.0.0.0/16")
        .Subnet("subnet-pub", "vpc-a", "10.0.0.0/24", routeTable: "rtb-pub", networkAcl: "acl-pub")
        .RouteTable("rtb-pub", "vpc-a", routes: r => r.Route("0.0.0.0/0", "igw-a"))
        .InternetGateway("igw-a", "vpc-a")
        .NetworkAcl("acl-pub", "vpc-a", rules: a => { ingress(a); a.Egress(100, "all", null, "0.0.0.0/0"); })
        .SecurityGroup("sg-app", "vpc-a", g => g.Ingress("all", null, "10.0.0.0/16"))
        .Interface("eni-pub", "subnet-pub", "10.0.0.20", publicIp: "198.51.100.20", securityGroups: ["sg-app"])
        .Interface("eni-pub2", "subnet-pub", "10.0.0.21", securityGroups: ["sg-app"]);

    [Fact]
    public void ReplyAclCoversWholeEphemeralRange_Reachable()
    {
        var result = Trace(PublicAcl(a => a.Ingress(100, "tcp", "1024-65535", "0.0.0.0/0")), "eni-pub", "8.8.8.8");
        Assert.Equal(Verdict.Reachable, result.Verdict);
        var reply = Step<FilterStep>(result.Return!, "acl-pub");
        Assert.Equal(FilterAction.Allow, reply.Action);
        Assert.Equal(100, reply.RuleNumber);
        Assert.Equal("subnet-pub ingress 100 allow tcp 1024-65535 0.0.0.0/0 (ports 32768-60999)", reply.Text);
    }

    [Fact]
    public void ReplyAclCoversPartOfEphemeralRange_Intermittent()
    {
        var result = Trace(PublicAcl(a => a.Ingress(100, "tcp", "32768-40000", "0.0.0.0/0")), "eni-pub", "8.8.8.8");
        Assert.Equal(Verdict.Intermittent, result.Verdict);
        Assert.Equal(TraceDisposition.ReachedInternet, result.Disposition);
        Assert.Equal(["EPHEMERAL_PORTS_PARTIAL"], Codes(result));
        var reply = Step<FilterStep>(result.Return!, "acl-pub");
        Assert.Equal(FilterAction.Partial, reply.Action);
        Assert.Equal("EPHEMERAL_PORTS_PARTIAL", reply.Code!.Value.Value);
        Assert.Equal("subnet-pub ingress 100 allow tcp 32768-40000 0.0.0.0/0; ingress * deny all 0.0.0.0/0 (implicit): only ports 32768-40000 of the reply range 32768-60999 pass (F3)", reply.Text);
    }

    [Fact]
    public void ReplyAclAdmitsNoEphemeralPort_ReturnDropped()
    {
        var result = Trace(PublicAcl(a => a.Ingress(100, "tcp", "443", "0.0.0.0/0")), "eni-pub", "8.8.8.8");
        Assert.Equal(Verdict.Unreachable, result.Verdict);
        Assert.Equal(TraceDisposition.Dropped, result.Disposition);
        Assert.Equal(TraceDisposition.ReachedInternet, result.Forward.Disposition);
        Assert.Equal(["SUBNET_ACL_RESTRICTION"], Codes(result));
        Assert.Equal("network-acl acl-pub", Path(result.Return)[^1]);
        Assert.Null(Step<FilterStep>(result.Return!, "acl-pub").RuleNumber);
    }

    [Fact]
    public void DenyRuleBeforeAllow_LowestNumberWins()
    {
        var result = Trace(PublicAcl(a => a.Ingress(200, "tcp", "1024-65535", "0.0.0.0/0").Ingress(100, "tcp", "32768-65535", "8.8.8.0/24", allow: false)),
            "eni-pub", "8.8.8.8");
        Assert.Equal(["SUBNET_ACL_RESTRICTION"], Codes(result));
        Assert.Equal(100, Step<FilterStep>(result.Return!, "acl-pub").RuleNumber);
        Assert.Equal(Verdict.Reachable, Trace(PublicAcl(a => a.Ingress(200, "tcp", "1024-65535", "0.0.0.0/0").Ingress(100, "tcp", "32768-65535", "8.8.8.0/24", allow: false)),
            "eni-pub", "1.1.1.1").Verdict);
    }

    [Fact]
    public void EgressAclDeny_ForwardDroppedWithRuleNumber()
    {
        var builder = PublicAcl(a => a.Ingress(100, "all", null, "0.0.0.0/0"))
            .Subnet("subnet-b", "vpc-a", "10.0.1.0/24", routeTable: "rtb-pub", networkAcl: "acl-strict")
            .NetworkAcl("acl-strict", "vpc-a", rules: a => a.Egress(90, "tcp", "443", "0.0.0.0/0", allow: false).Egress(100, "all", null, "0.0.0.0/0"))
            .Interface("eni-b", "subnet-b", "10.0.1.20", publicIp: "198.51.100.40", securityGroups: ["sg-app"]);
        var result = Trace(builder, "eni-b", "8.8.8.8");
        Assert.Equal(["SUBNET_ACL_RESTRICTION"], Codes(result));
        var step = Step<FilterStep>(result.Forward, "acl-strict");
        Assert.Equal(FilterAction.Deny, step.Action);
        Assert.Equal(90, step.RuleNumber);
        Assert.Equal("subnet-b egress 90 deny tcp 443 0.0.0.0/0", step.Text);
    }

    [Fact]
    public void SameSubnetTraffic_AclNotConsulted()
    {
        // acl-pub's ingress admits nothing from inside the VPC, but traffic within subnet-pub never crosses it (F2).
        var result = Trace(PublicAcl(a => a.Ingress(100, "tcp", "1024-65535", "8.8.8.0/24")), "eni-pub", "eni-pub2", port: 22);
        Assert.Equal(Verdict.Reachable, result.Verdict);
        Assert.Equal(["network-interface eni-pub", "route-table rtb-pub", "network-interface eni-pub2"], Path(result.Forward));
        Assert.DoesNotContain("network-acl acl-pub", Path(result.Forward));
        Assert.DoesNotContain("network-acl acl-pub", Path(result.Return));
    }

    [Fact]
    public void NewCustomAclWithoutRules_DeniesEverything()
    {
        var result = Trace(PublicAcl(_ => { }).NetworkAcl("acl-empty", "vpc-a").Subnet("subnet-c", "vpc-a", "10.0.2.0/24", routeTable: "rtb-pub", networkAcl: "acl-empty")
            .Interface("eni-c", "subnet-c", "10.0.2.20", publicIp: "198.51.100.50", securityGroups: ["sg-app"]), "eni-c", "8.8.8.8");
        Assert.Equal(["SUBNET_ACL_RESTRICTION"], Codes(result));
        Assert.Equal("subnet-c egress * deny all 0.0.0.0/0 (implicit)", Step<FilterStep>(result.Forward, "acl-empty").Text);
    }
}
