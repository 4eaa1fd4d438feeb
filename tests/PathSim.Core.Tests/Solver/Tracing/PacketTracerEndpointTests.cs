using PathSim.Network;
using PathSim.Services;
using PathSim.Testing.Topologies;
using PathSim.Topology;
using PathSim.Traces;
using Xunit;
using static PathSim.Core.Tests.Solver.Tracing.TracerFixture;

namespace PathSim.Core.Tests.Solver.Tracing;

public sealed class PacketTracerEndpointTests
{
    [Fact]
    public void S3SameRegion_GatewayEndpointRouteBeatsDefault()
    {
        var result = Trace(Base(), "eni-priv", "s3:us-east-1");
        Assert.Equal(Verdict.Reachable, result.Verdict);
        Assert.Equal(TraceDisposition.ReachedService, result.Disposition);
        Assert.Equal(RegionalService.S3("us-east-1"), result.Service);
        Assert.Equal("vpce-s3", result.Via);
        Assert.Equal(new VpcEndpointId("vpce-s3"), result.Endpoint);
        Assert.Null(result.PublicSource);
        Assert.Equal(["network-interface eni-priv", "route-table rtb-priv", "network-acl vpc-a-implicit-default-acl", "vpc-endpoint vpce-s3", "aws-service s3:us-east-1"],
            Path(result.Forward));
        Assert.Equal("com.amazonaws.us-east-1.s3 -> vpce-s3 (implicit, endpoint route table association) [52.216.0.0/15]",
            Step<RouteStep>(result.Forward, "rtb-priv").Text);
        Assert.Equal(["aws-service s3:us-east-1", "vpc-endpoint vpce-s3", "network-acl vpc-a-implicit-default-acl", "network-interface eni-priv"], Path(result.Return));
    }

    [Fact]
    public void PendingGatewayEndpoint_DroppedAtTheEndpoint_NotABlackholeRoute()
    {
        // newuser-trial-3 #4: the endpoint's route stays and wins (R6); the endpoint, not available, drops the packet.
        var builder = new TopologyBuilder()
            .Vpc("vpc-a", "10.0.0.0/16")
            .Subnet("subnet-priv", "vpc-a", "10.0.1.0/24", routeTable: "rtb-priv")
            .RouteTable("rtb-priv", "vpc-a", main: true, routes: r => r.Route("0.0.0.0/0", "nat-a"))
            .Subnet("subnet-pub", "vpc-a", "10.0.0.0/24", routeTable: "rtb-pub")
            .RouteTable("rtb-pub", "vpc-a", routes: r => r.Route("0.0.0.0/0", "igw-a"))
            .InternetGateway("igw-a", "vpc-a")
            .NatGateway("nat-a", "subnet-pub", publicIp: "203.0.113.10")
            .GatewayEndpoint("vpce-s3", "vpc-a", "com.amazonaws.us-east-1.s3", available: false, "rtb-priv")
            .SecurityGroup("sg-app", "vpc-a", g => g.Ingress("tcp", "443", "10.0.0.0/16"))
            .Interface("eni-priv", "subnet-priv", "10.0.1.20", securityGroups: ["sg-app"]);
        var result = Trace(builder, "eni-priv", "s3:us-east-1");
        Assert.Equal(Verdict.Unreachable, result.Verdict);
        Assert.Equal(["VPCE_NOT_AVAILABLE"], Codes(result));
        Assert.Equal(["network-interface eni-priv", "route-table rtb-priv", "vpc-endpoint vpce-s3"], Path(result.Forward));
        Assert.Equal("vpce-s3 is not available (its state is not 'available'): it carries no traffic (R6)", result.Forward.Drop!.Text);
    }

    [Fact]
    public void S3OtherRegion_FollowsDefaultRouteThroughNat()
    {
        var result = Trace(Base(), "eni-priv", "s3:eu-west-1");
        Assert.Equal(Verdict.Reachable, result.Verdict);
        Assert.Equal(RegionalService.S3("eu-west-1"), result.Service);
        Assert.Equal("nat-a", result.Via);
        Assert.Null(result.Endpoint);
    }

    [Fact]
    public void GatewayEndpoint_Udp_ProtocolRestriction()
    {
        var result = Trace(Base(), "eni-priv", "s3:us-east-1", protocol: "udp");
        Assert.Equal(["VPCE_GATEWAY_PROTOCOL_RESTRICTION"], Codes(result));
        Assert.Equal("vpc-endpoint vpce-s3", Path(result.Forward)[^1]);
    }

    [Fact]
    public void GatewayEndpoint_OtherRegionsPrefixListRoutedToIt_CrossRegion()
    {
        var builder = Base(privRoutes: r => r.Route("0.0.0.0/0", "nat-a").Route("pl-euw1-s3", "vpce-s3"))
            .PrefixList("pl-euw1-s3", "com.amazonaws.eu-west-1.s3", "52.218.0.0/17");
        var result = Trace(builder, "eni-priv", "s3:eu-west-1");
        Assert.Equal(["CROSS_REGION_VIA_ENDPOINT"], Codes(result));
    }

    [Fact]
    public void PublicSubnetWithoutEndpointAssociation_S3GoesThroughIgw()
    {
        var result = Trace(Base(), "eni-pub", "s3:us-east-1");
        Assert.Equal(Verdict.Reachable, result.Verdict);
        Assert.Equal("igw-a", result.Via);
        Assert.Equal(RegionalService.S3("us-east-1"), result.Service);
    }

    private static PathSim.Testing.Topologies.TopologyBuilder WithGlue(bool privateDns = true, bool dnsHostnames = true, string endpointSubnet = "subnet-priv", string ingressPorts = "443") =>
        Base(dnsHostnames: dnsHostnames)
            .SecurityGroup("sg-endpoints", "vpc-a", g => g.Ingress("tcp", ingressPorts, "10.0.0.0/16"))
            .InterfaceEndpoint("vpce-glue", "vpc-a", "com.amazonaws.us-east-1.glue", [endpointSubnet], ["sg-endpoints"], privateDns);

    [Fact]
    public void GlueInterfaceEndpoint_PrivateDns_DeliveredToEndpointInterface()
    {
        var result = Trace(WithGlue(), "eni-priv", "glue:us-east-1");
        Assert.Equal(Verdict.Reachable, result.Verdict);
        Assert.Equal(TraceDisposition.ReachedService, result.Disposition);
        Assert.Equal(RegionalService.Glue("us-east-1"), result.Service);
        Assert.Equal("vpce-glue", result.Via);
        Assert.Equal(new NetworkInterfaceId("eni-vpce-glue-subnet-priv"), result.DeliveredTo);
        Assert.Equal(["network-interface eni-priv", "route-table rtb-priv", "network-interface eni-vpce-glue-subnet-priv"], Path(result.Forward));
        Assert.Equal("sg-endpoints: ingress tcp 443 10.0.0.0/16", Step<FilterStep>(result.Forward, "eni-vpce-glue-subnet-priv").Text);
        Assert.True(result.Resolution!.UsesInterfaceEndpoint);
    }

    [Fact]
    public void GlueInterfaceEndpoint_InOtherSubnet_CrossesBothAcls()
    {
        var result = Trace(WithGlue(endpointSubnet: "subnet-iso"), "eni-priv", "glue:us-east-1");
        Assert.Equal(Verdict.Reachable, result.Verdict);
        Assert.Equal(["network-interface eni-priv", "route-table rtb-priv", "network-acl vpc-a-implicit-default-acl",
            "network-acl vpc-a-implicit-default-acl", "network-interface eni-vpce-glue-subnet-iso"], Path(result.Forward));
    }

    [Fact]
    public void GlueInterfaceEndpoint_GroupWithout443_SgMismatch()
    {
        var result = Trace(WithGlue(ingressPorts: "80"), "eni-priv", "glue:us-east-1");
        Assert.Equal(["ENI_SG_RULES_MISMATCH"], Codes(result));
        Assert.Equal("network-interface eni-vpce-glue-subnet-priv", Path(result.Forward)[^1]);
    }

    [Fact]
    public void GlueInterfaceEndpoint_Udp_ProtocolRestriction()
    {
        var result = Trace(WithGlue(), "eni-priv", "eni-vpce-glue-subnet-priv", protocol: "udp");
        Assert.Equal(["VPCE_INTERFACE_PROTOCOL_RESTRICTION"], Codes(result));
    }

    [Fact]
    public void GlueInterfaceEndpoint_PrivateDnsOff_PublicNameThroughNat()
    {
        var result = Trace(WithGlue(privateDns: false), "eni-priv", "glue:us-east-1");
        Assert.Equal(Verdict.Reachable, result.Verdict);
        Assert.Equal("nat-a", result.Via);
        Assert.Equal(RegionalService.Glue("us-east-1"), result.Service);
        Assert.Equal(["PRIVATE_DNS_DISABLED"], result.Resolution!.Notes.Select(n => n.Value));
    }

    [Fact]
    public void ServiceResolver_DnsHostnamesOff_PublicAddresses()
    {
        var topology = new PathSim.Testing.Topologies.TopologyBuilder()
            .Vpc("vpc-a", "10.0.0.0/16", dnsHostnames: false)
            .Subnet("subnet-a", "vpc-a", "10.0.1.0/24")
            .InterfaceEndpoint("vpce-glue", "vpc-a", "com.amazonaws.us-east-1.glue", ["subnet-a"])
            .InterfaceEndpoint("vpce-glue-west", "vpc-a", "com.amazonaws.us-west-2.glue", ["subnet-a"])
            .Build();
        var model = NetworkModel.Build(topology);
        var east = ServiceResolver.Resolve(model, new VpcId("vpc-a"), new SubnetId("subnet-a"), RegionalService.Glue("us-east-1"));
        Assert.False(east.UsesInterfaceEndpoint);
        Assert.Equal(["DNS_ATTRIBUTES_DISABLED"], east.Notes.Select(n => n.Value));
        Assert.Equal(model.ServiceAddresses.Addresses(RegionalService.Glue("us-east-1")), east.Addresses);

        var withDns = NetworkModel.Build(topology with { Vpcs = [topology.Vpcs[0] with { EnableDnsHostnames = true }] });
        // private DNS covers its own region's name only (E2)
        Assert.True(ServiceResolver.Resolve(withDns, new VpcId("vpc-a"), null, RegionalService.Glue("us-east-1")).UsesInterfaceEndpoint);
        Assert.Equal("vpce-glue-west", ServiceResolver.Resolve(withDns, new VpcId("vpc-a"), null, RegionalService.Glue("us-west-2")).Endpoint!.Id.Value);
        Assert.False(ServiceResolver.Resolve(withDns, new VpcId("vpc-a"), null, RegionalService.Athena("us-east-1")).UsesInterfaceEndpoint);
    }
}
