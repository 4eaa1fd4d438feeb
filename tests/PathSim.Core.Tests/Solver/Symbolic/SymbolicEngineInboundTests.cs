using PathSim.Addressing;
using PathSim.Core.Tests.Solver.Tracing;
using PathSim.Network;
using PathSim.Solver.Symbolic;
using PathSim.Solver.Tracing;
using PathSim.Testing.Topologies;
using PathSim.Topology;
using Xunit;

namespace PathSim.Core.Tests.Solver.Symbolic;

/// <summary>
/// G1 inbound: a request to another VPC's public IP enters that VPC through its IGW, and its reply goes
/// back out there and in through the requester's IGW — the engine's classes match the tracer's traces
/// on the tracer's own fixtures (<see cref="PacketTracerInboundTests"/>).
/// </summary>
public sealed class SymbolicEngineInboundTests
{
    private static (ReachOutcome Outcome, string? Mismatch) Both(TopologyBuilder builder, string from, string to)
    {
        var model = NetworkModel.Build(builder.Build());
        var source = model.FindInterface(new NetworkInterfaceId(from))!;
        var trace = new PacketTracer(model).Trace(new TraceRequest { Source = source, Destination = TraceDestination.ForAddress(Ipv4Address.Parse(to)) });
        var outcome = new SymbolicEngine(model).Reach(source).OutcomeOf(trace.Header)!;
        return (outcome, EngineTracerAgreementTests.Compare(trace, outcome));
    }

    [Fact]
    public void Reach_PublicIpOfOtherVpcThroughNat_DeliveredViaNatAndReplyReturns()
    {
        var (outcome, mismatch) = Both(PacketTracerInboundTests.WithWebVpc(), "eni-priv", "198.51.100.77");
        Assert.Null(mismatch);
        Assert.Equal("delivered to eni-web via nat-a, reply returns", outcome.ToString());
    }

    [Fact]
    public void Reach_PublicIpOfOtherVpcGroupAdmitsPrivateRangeOnly_DroppedAtItsGroup()
    {
        var (outcome, mismatch) = Both(PacketTracerInboundTests.WithWebVpc(webIngressSource: "10.0.0.0/8"), "eni-priv", "198.51.100.77");
        Assert.Null(mismatch);
        Assert.Equal("dropped at security-group sg-web ENI_SG_RULES_MISMATCH (ingress: no rule of sg-web allows it)", outcome.ToString());
    }

    [Fact]
    public void Reach_PublicIpInVpcWithoutIgw_DroppedAtThatVpc()
    {
        var (outcome, mismatch) = Both(PacketTracerInboundTests.WithWebVpc(webIgw: false), "eni-pub", "198.51.100.77");
        Assert.Null(mismatch);
        Assert.Equal("dropped at vpc vpc-web NO_ROUTE_TO_DESTINATION", outcome.ToString());
    }

    [Fact]
    public void Reach_FarAclAnswersHighPortsOnlyThroughNat_ReplyIntermittentAtFarAcl()
    {
        var (outcome, mismatch) = Both(PacketTracerInboundTests.WithWebVpc(webAcl: PacketTracerInboundTests.HighReplyPortsOnly), "eni-priv", "198.51.100.77");
        Assert.Null(mismatch);
        Assert.Equal("delivered to eni-web via nat-a, reply intermittent at network-acl acl-web EPHEMERAL_PORTS_PARTIAL (egress rules of acl-web admit only part of the reply ports)",
            outcome.ToString());
    }
}
