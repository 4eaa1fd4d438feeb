using PathSim.Testing.Topologies;
using PathSim.Traces;
using Xunit;
using static PathSim.Core.Tests.Solver.Tracing.TracerFixture;

namespace PathSim.Core.Tests.Solver.Tracing;

public sealed class PacketTracerPeeringTests
{
    /// <summary>vpc-a (10.0/16) ↔ pcx-ab ↔ vpc-b (10.1/16, with igw-b) ↔ pcx-bc ↔ vpc-c (10.2/16).</summary>
    private static TopologyBuilder Peered(bool active = true, bool routeBack = true, Action<RouteListBuilder>? aRoutes = null) => new TopologyBuilder()
        .Vpc("vpc-a", "10.0.0.0/16").Vpc("vpc-b", "10.1.0.0/16").Vpc("vpc-c", "10.2.0.0/16")
        .Subnet("subnet-a", "vpc-a", "10.0.1.0/24", routeTable: "rtb-a")
        .Subnet("subnet-b", "vpc-b", "10.1.1.0/24", routeTable: "rtb-b")
        .Subnet("subnet-c", "vpc-c", "10.2.1.0/24", routeTable: "rtb-c")
        .RouteTable("rtb-a", "vpc-a", routes: aRoutes ?? (r => r.Route("10.1.0.0/16", "pcx-ab").Route("10.2.0.0/16", "pcx-ab").Route("0.0.0.0/0", "pcx-ab")))
        .RouteTable("rtb-b", "vpc-b", routes: r => { if (routeBack) r.Route("10.0.0.0/16", "pcx-ab"); r.Route("10.2.0.0/16", "pcx-bc").Route("0.0.0.0/0", "igw-b"); })
        .RouteTable("rtb-c", "vpc-c", routes: r => r.Route("10.1.0.0/16", "pcx-bc"))
        .InternetGateway("igw-b", "vpc-b")
        .Peering("pcx-ab", "vpc-a", "vpc-b", active)
        .Peering("pcx-bc", "vpc-b", "vpc-c")
        .SecurityGroup("sg-a", "vpc-a")
        .SecurityGroup("sg-b", "vpc-b", g => g.Ingress("tcp", "443", "10.0.0.0/16"))
        .SecurityGroup("sg-c", "vpc-c", g => g.Ingress("tcp", "443", "10.0.0.0/8"))
        .Interface("eni-a", "subnet-a", "10.0.1.20", securityGroups: ["sg-a"])
        .Interface("eni-b", "subnet-b", "10.1.1.20", publicIp: "198.51.100.60", securityGroups: ["sg-b"])
        .Interface("eni-c", "subnet-c", "10.2.1.20", securityGroups: ["sg-c"]);

    [Fact]
    public void ActivePeering_DestinationInPeerCidr_DeliveredAndReplyRoutedBack()
    {
        var result = Trace(Peered(), "eni-a", "eni-b");
        Assert.Equal(Verdict.Reachable, result.Verdict);
        Assert.Equal("pcx-ab", result.Via);
        Assert.Equal(["network-interface eni-a", "route-table rtb-a", "network-acl vpc-a-implicit-default-acl", "vpc-peering-connection pcx-ab",
            "network-acl vpc-b-implicit-default-acl", "network-interface eni-b"], Path(result.Forward));
        Assert.Equal(["network-interface eni-b", "route-table rtb-b", "network-acl vpc-b-implicit-default-acl", "vpc-peering-connection pcx-ab",
            "network-acl vpc-a-implicit-default-acl", "network-interface eni-a"], Path(result.Return));
    }

    [Fact]
    public void InactivePeering_Dropped()
    {
        var result = Trace(Peered(active: false), "eni-a", "eni-b");
        Assert.Equal(["PCX_NOT_ACTIVE"], Codes(result));
    }

    [Fact]
    public void PeerWithoutRouteBack_ReplyDropped()
    {
        var result = Trace(Peered(routeBack: false), "eni-a", "eni-b");
        Assert.Equal(Verdict.Unreachable, result.Verdict);
        Assert.Equal(TraceDisposition.DeliveredToInterface, result.Forward.Disposition);
        Assert.Equal(["NO_ROUTE_TO_DESTINATION"], Codes(result));
        Assert.Equal("route-table rtb-b", Path(result.Return)[^1]);
    }

    [Fact]
    public void TransitThroughPeer_NotInPeerCidr()
    {
        var result = Trace(Peered(), "eni-a", "eni-c");
        Assert.Equal(["PCX_REQUIRES_ADDRESS_IN_VPC_CIDR"], Codes(result));
        Assert.Equal("vpc-peering-connection pcx-ab", Path(result.Forward)[^1]);
    }

    [Fact]
    public void PeersInternetGateway_NoEdgeToEdge()
    {
        var result = Trace(Peered(), "eni-a", "8.8.8.8");
        Assert.Equal(["PCX_NO_EDGE_TO_EDGE_ROUTING", "PCX_REQUIRES_ADDRESS_IN_VPC_CIDR"], Codes(result));
    }
}
