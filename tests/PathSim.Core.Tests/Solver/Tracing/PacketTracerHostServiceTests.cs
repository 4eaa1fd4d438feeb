using PathSim.Testing.Topologies;
using PathSim.Traces;
using Xunit;
using static PathSim.Core.Tests.Solver.Tracing.TracerFixture;

namespace PathSim.Core.Tests.Solver.Tracing;

/// <summary>
/// F4 (newuser-trial-3 #8): the Amazon DNS server (169.254.169.253 and the VPC's primary CIDR base + 2),
/// instance metadata (169.254.169.254) and Time Sync (169.254.169.123) answer on the sender's host:
/// security groups and network ACLs do not filter that traffic and no route table sees it. Other
/// protocols and ports there, an AWS service's interface endpoint off TCP 443, and a NAT gateway's own
/// address find nothing listening (NO_LISTENER).
/// </summary>
public sealed class PacketTracerHostServiceTests
{
    /// <summary>A locked-down interface: a group without egress rules and a custom ACL without entries (denies all).</summary>
    private static TopologyBuilder LockedDown(bool dnsSupport = true) => new TopologyBuilder()
        .Vpc("vpc-a", "10.20.0.0/16", dnsSupport: dnsSupport)
        .Subnet("subnet-a", "vpc-a", "10.20.10.0/24", routeTable: "rtb-a", networkAcl: "acl-none")
        .RouteTable("rtb-a", "vpc-a", main: true)
        .NetworkAcl("acl-none", "vpc-a")
        .SecurityGroup("sg-mute", "vpc-a", g => g.NoEgress())
        .Interface("eni-a", "subnet-a", "10.20.10.5", securityGroups: ["sg-mute"]);

    [Theory]
    [InlineData("10.20.0.2", "udp", 53, "amazon-dns")]
    [InlineData("10.20.0.2", "tcp", 53, "amazon-dns")]
    [InlineData("169.254.169.253", "udp", 53, "amazon-dns")]
    [InlineData("169.254.169.254", "tcp", 80, "instance-metadata")]
    [InlineData("169.254.169.123", "udp", 123, "amazon-time-sync")]
    public void HostService_NotFilteredBySecurityGroupsOrAcls_Reachable(string to, string protocol, int port, string service)
    {
        var result = Trace(LockedDown(), "eni-a", to, protocol, port);
        Assert.Equal(Verdict.Reachable, result.Verdict);
        Assert.Equal(TraceDisposition.ReachedHostService, result.Disposition);
        Assert.Equal(service, result.HostService);
        Assert.Empty(result.Codes);
        Assert.Null(result.Via);
        Assert.Equal(["network-interface eni-a", $"host-service {service}"], Path(result.Forward));
        Assert.Equal([$"host-service {service}", "network-interface eni-a"], Path(result.Return));
        Assert.EndsWith("security groups and network ACLs do not filter it (F4)", Assert.Single(result.Forward.Hops[^1].Steps).Text);
    }

    [Theory]
    [InlineData("10.20.0.2", "tcp", 80, "the Amazon DNS server answers udp 53, tcp 53 only, not tcp 80 (F4)")]
    [InlineData("169.254.169.254", "udp", 53, "the instance metadata service answers tcp 80 only, not udp 53 (F4)")]
    [InlineData("169.254.169.123", "icmp", 0, "the Amazon Time Sync Service answers udp 123 only, not icmp (F4)")]
    public void HostService_OtherPort_NoListener(string to, string protocol, int port, string text)
    {
        var result = Trace(LockedDown(), "eni-a", to, protocol, port);
        Assert.Equal(Verdict.Unreachable, result.Verdict);
        Assert.Equal(["NO_LISTENER"], Codes(result));
        Assert.Equal(text, result.Forward.Drop!.Text);
    }

    [Fact]
    public void DnsSupportOff_ResolverDoesNotAnswer_MetadataStillDoes()
    {
        var dns = Trace(LockedDown(dnsSupport: false), "eni-a", "169.254.169.253", "udp", 53);
        Assert.Equal(["DNS_ATTRIBUTES_DISABLED"], Codes(dns));
        Assert.Equal("host-service amazon-dns", Path(dns.Forward)[^1]);
        Assert.Equal(Verdict.Reachable, Trace(LockedDown(dnsSupport: false), "eni-a", "169.254.169.254", "tcp", 80).Verdict);
    }

    [Fact]
    public void AnotherSubnetsBasePlusTwo_IsNotTheDnsServer()
    {
        // Only the VPC's primary CIDR base + 2 is the resolver; 10.20.10.2 is a reserved address of the subnet with no interface.
        var result = Trace(LockedDown(), "eni-a", "10.20.10.2", "udp", 53);
        Assert.Equal(["ENI_SG_RULES_MISMATCH"], Codes(result));
    }

    [Fact]
    public void InterfaceEndpoint_TcpOtherThan443_AdmittedByItsGroupButNoListener()
    {
        var builder = Base()
            .SecurityGroup("sg-open", "vpc-a", g => g.Ingress("all", null, "10.0.0.0/16"))
            .InterfaceEndpoint("vpce-glue", "vpc-a", "com.amazonaws.us-east-1.glue", ["subnet-priv"], ["sg-open"]);
        var result = Trace(builder, "eni-priv", "glue:us-east-1", "tcp", 80);
        Assert.Equal(Verdict.Unreachable, result.Verdict);
        Assert.Equal(["NO_LISTENER"], Codes(result));
        Assert.Equal("interface endpoint vpce-glue answers TCP 443 only, not 80 (E1)", result.Forward.Drop!.Text);
        Assert.Equal(Verdict.Reachable, Trace(builder, "eni-priv", "glue:us-east-1").Verdict);
    }

    [Fact]
    public void NatGatewaysOwnAddress_AcceptsNoConnections()
    {
        var result = Trace(Base(), "eni-priv", "10.0.0.10");
        Assert.Equal(Verdict.Unreachable, result.Verdict);
        Assert.Equal(["NO_LISTENER"], Codes(result));
        Assert.Equal("nat-a accepts no connections to its own address 10.0.0.10: a NAT gateway only translates traffic routed to it (G2)", result.Forward.Drop!.Text);
    }
}
