using PathSim.Addressing;
using PathSim.Network;
using PathSim.Solver.Tracing;
using PathSim.Testing.Topologies;
using PathSim.Traces;
using Xunit;

namespace PathSim.Core.Tests.Solver.Tracing;

/// <summary>
/// The small VPC most tracer tests start from (us-east-1, vpc-a 10.0.0.0/16, DNS attributes on):
/// subnet-pub (rtb-pub: 0/0 → igw-a) holding nat-a (10.0.0.10, EIP 203.0.113.10), eni-pub (public
/// 198.51.100.20) and eni-pub-noip; subnet-priv (rtb-priv: 0/0 → nat-a, S3 gateway endpoint vpce-s3)
/// holding eni-priv and eni-priv2; subnet-iso on the main table rtb-main (local only) holding eni-iso.
/// All interfaces carry sg-app (all egress, ingress TCP 443 from the VPC).
/// </summary>
internal static class TracerFixture
{
    public static TopologyBuilder Base(Action<RouteListBuilder>? privRoutes = null, Action<RouteListBuilder>? pubRoutes = null, bool dnsHostnames = true) => new TopologyBuilder()
        .Vpc("vpc-a", "10.0.0.0/16", dnsHostnames: dnsHostnames)
        .Subnet("subnet-pub", "vpc-a", "10.0.0.0/24", routeTable: "rtb-pub", availabilityZone: "us-east-1a")
        .Subnet("subnet-priv", "vpc-a", "10.0.1.0/24", routeTable: "rtb-priv", availabilityZone: "us-east-1a")
        .Subnet("subnet-iso", "vpc-a", "10.0.2.0/24", availabilityZone: "us-east-1b")
        .RouteTable("rtb-main", "vpc-a", main: true)
        .RouteTable("rtb-pub", "vpc-a", routes: pubRoutes ?? (r => r.Route("0.0.0.0/0", "igw-a")))
        .RouteTable("rtb-priv", "vpc-a", routes: privRoutes ?? (r => r.Route("0.0.0.0/0", "nat-a")))
        .InternetGateway("igw-a", "vpc-a")
        .NatGateway("nat-a", "subnet-pub", publicIp: "203.0.113.10", privateIp: "10.0.0.10")
        .GatewayEndpoint("vpce-s3", "vpc-a", "com.amazonaws.us-east-1.s3", "rtb-priv")
        .SecurityGroup("sg-app", "vpc-a", g => g.Ingress("tcp", "443", "10.0.0.0/16"))
        .Interface("eni-pub", "subnet-pub", "10.0.0.20", publicIp: "198.51.100.20", securityGroups: ["sg-app"], instance: "i-pub")
        .Interface("eni-pub-noip", "subnet-pub", "10.0.0.21", securityGroups: ["sg-app"])
        .Interface("eni-priv", "subnet-priv", "10.0.1.20", securityGroups: ["sg-app"])
        .Interface("eni-priv2", "subnet-priv", "10.0.1.21", securityGroups: ["sg-app"])
        .Interface("eni-iso", "subnet-iso", "10.0.2.20", securityGroups: ["sg-app"]);

    public static TraceResult Trace(TopologyBuilder builder, string from, string to, string protocol = "tcp", int port = 443, int? sourcePort = null)
    {
        var tracer = new PacketTracer(NetworkModel.Build(builder.Build()));
        var source = tracer.ResolveSource(from, out var error) ?? throw new InvalidOperationException(error);
        Assert.True(TraceDestination.TryParse(to, out var destination));
        return tracer.Trace(new TraceRequest
        {
            Source = source, Destination = destination, Protocol = IpProtocol.Parse(protocol), DestinationPort = port, SourcePort = sourcePort,
        });
    }

    /// <summary>The hops as "kind id" strings.</summary>
    public static string[] Path(Trace? trace) => trace is null ? [] : [.. trace.Hops.Select(h => $"{h.Component.Kind.ToWireName()} {h.Component.Id}")];

    public static string[] Codes(TraceResult result) => [.. result.Codes.Select(c => c.Value)];

    /// <summary>The first step of type T at the component, looking into a drop's deciding route or filter step too.</summary>
    public static T Step<T>(Trace trace, string componentId) where T : TraceStep =>
        trace.Hops.Where(h => h.Component.Id == componentId).SelectMany(h => h.Steps)
            .Select(s => s is DropStep { Decision: T decision } ? decision : s).OfType<T>().First();
}
