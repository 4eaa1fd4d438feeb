using PathSim.Addressing;
using PathSim.Network;
using PathSim.Testing.Topologies;
using PathSim.Topology;
using Xunit;

namespace PathSim.Core.Tests.Network;

public sealed class RouteTableCompilationTests
{
    private static CompiledRoute? Lookup(NetworkModel model, string table, string address) =>
        model.FindRouteTable(new RouteTableId(table))!.Lookup(Ipv4Address.Parse(address));

    private static TopologyBuilder OneVpc() => new TopologyBuilder()
        .Vpc("vpc-a", "10.0.0.0/16, 100.64.0.0/16")
        .Subnet("subnet-a", "vpc-a", "10.0.1.0/24", routeTable: "rtb-a")
        .InternetGateway("igw-a", "vpc-a")
        .NatGateway("nat-a", "subnet-a", publicIp: "203.0.113.10");

    [Fact]
    public void LocalRoutes_EveryVpcCidr_AreImplicit()
    {
        var model = NetworkModel.Build(OneVpc().RouteTable("rtb-a", "vpc-a").Build());
        Assert.Equal("10.0.0.0/16 -> local", Lookup(model, "rtb-a", "10.0.200.1")!.Text);
        Assert.Equal(CompiledRouteOrigin.Local, Lookup(model, "rtb-a", "100.64.3.3")!.Origin);
        Assert.Null(Lookup(model, "rtb-a", "8.8.8.8"));
    }

    [Fact]
    public void Lookup_NestedRoutes_LongestPrefixWins()
    {
        var model = NetworkModel.Build(OneVpc().RouteTable("rtb-a", "vpc-a", routes: r => r
            .Route("0.0.0.0/0", "igw-a").Route("198.51.100.0/24", "nat-a").Blackhole("198.51.100.128/25")).Build());
        Assert.Equal("0.0.0.0/0 -> igw-a", Lookup(model, "rtb-a", "8.8.8.8")!.Text);
        Assert.Equal("198.51.100.0/24 -> nat-a", Lookup(model, "rtb-a", "198.51.100.127")!.Text);
        var hole = Lookup(model, "rtb-a", "198.51.100.128")!;
        Assert.True(hole.IsBlackhole);
        Assert.Equal("0.0.0.0/0 -> igw-a", Lookup(model, "rtb-a", "198.51.101.0")!.Text);
    }

    [Fact]
    public void Partition_AnyTable_CoversAllOfIpv4DisjointAndSorted()
    {
        var table = NetworkModel.Build(OneVpc().RouteTable("rtb-a", "vpc-a", routes: r => r
            .Route("0.0.0.0/0", "igw-a").Route("198.51.100.0/24", "nat-a").Blackhole("198.51.100.128/25").Route("255.255.255.255/32", "nat-a")).Build())
            .FindRouteTable(new RouteTableId("rtb-a"))!;
        var partition = table.Partition;
        Assert.Equal(0u, partition[0].Range.First.Value);
        Assert.Equal(uint.MaxValue, partition[^1].Range.Last.Value);
        for (int i = 1; i < partition.Length; i++)
        {
            Assert.Equal(partition[i - 1].Range.Last.Value + 1, partition[i].Range.First.Value);
            Assert.NotSame(partition[i - 1].Route, partition[i].Route);
        }
    }

    [Fact]
    public void ExactTie_StaticPrefixListPropagated_ExplicitCidrWins()
    {
        var model = NetworkModel.Build(OneVpc()
            .PrefixList("pl-corp", "corp", "198.51.100.0/24", "192.0.2.0/24")
            .RouteTable("rtb-a", "vpc-a", routes: r => r
                .Propagated("198.51.100.0/24", "vgw-1")
                .Route("pl-corp", "nat-a")
                .Route("198.51.100.0/24", "igw-a")
                .Propagated("192.0.2.0/24", "vgw-1")).Build());
        Assert.Equal("198.51.100.0/24 -> igw-a", Lookup(model, "rtb-a", "198.51.100.1")!.Text);
        // prefix list beats propagated on 192.0.2.0/24 (R4)
        var viaList = Lookup(model, "rtb-a", "192.0.2.1")!;
        Assert.Equal(CompiledRouteOrigin.PrefixList, viaList.Origin);
        Assert.Equal("pl-corp -> nat-a", viaList.Text);
        Assert.Equal(new PrefixListId("pl-corp"), viaList.PrefixList);
        var shadowed = model.FindRouteTable(new RouteTableId("rtb-a"))!.ShadowedRoutes.Select(r => r.Text).Order().ToList();
        Assert.Equal(["192.0.2.0/24 -> vgw-1", "198.51.100.0/24 -> vgw-1", "pl-corp -> nat-a"], shadowed);
    }

    [Fact]
    public void PrefixListRoute_ExpandsOneRoutePerCidr()
    {
        var model = NetworkModel.Build(OneVpc().PrefixList("pl-x", "x", "192.0.2.0/24", "198.51.100.0/24")
            .RouteTable("rtb-a", "vpc-a", routes: r => r.Route("pl-x", "nat-a")).Build());
        var routes = model.FindRouteTable(new RouteTableId("rtb-a"))!.Routes.Where(r => r.Origin == CompiledRouteOrigin.PrefixList);
        Assert.Equal(["192.0.2.0/24", "198.51.100.0/24"], routes.Select(r => r.Destination.ToString()));
    }

    [Fact]
    public void GatewayEndpoint_AssociatedTable_GetsImplicitServiceRoutes()
    {
        var model = NetworkModel.Build(OneVpc()
            .RouteTable("rtb-a", "vpc-a", routes: r => r.Route("0.0.0.0/0", "nat-a"))
            .RouteTable("rtb-other", "vpc-a")
            .GatewayEndpoint("vpce-s3", "vpc-a", "com.amazonaws.us-east-1.s3", "rtb-a").Build());
        var route = Lookup(model, "rtb-a", "52.216.0.1")!;
        Assert.Equal(CompiledRouteOrigin.GatewayEndpoint, route.Origin);
        Assert.Equal("vpce-s3", route.Target.Id);
        Assert.Equal("com.amazonaws.us-east-1.s3 -> vpce-s3 (implicit, endpoint route table association)", route.Text);
        // another region's S3 still follows 0.0.0.0/0 (R6)
        Assert.Equal("0.0.0.0/0 -> nat-a", Lookup(model, "rtb-a", "52.218.0.1")!.Text);
        // not associated: no endpoint route
        Assert.Null(Lookup(model, "rtb-other", "52.216.0.1"));
    }

    [Fact]
    public void GatewayEndpoint_RouteWrittenOutAndAgreeing_IsOneRouteWithUserLocation()
    {
        var model = NetworkModel.Build(OneVpc()
            .PrefixList("pl-63a5400a", "com.amazonaws.us-east-1.s3", "52.216.0.0/15")
            .RouteTable("rtb-a", "vpc-a", routes: r => r.Route("pl-63a5400a", "vpce-s3"))
            .GatewayEndpoint("vpce-s3", "vpc-a", "com.amazonaws.us-east-1.s3", "rtb-a").Build());
        var routes = model.FindRouteTable(new RouteTableId("rtb-a"))!.Routes.Where(r => r.Origin == CompiledRouteOrigin.GatewayEndpoint).ToList();
        Assert.Single(routes);
        Assert.Equal("pl-63a5400a -> vpce-s3", routes[0].Text);
        Assert.Empty(model.Diagnostics);
    }

    [Fact]
    public void GatewayEndpoint_RouteWrittenInUnassociatedTable_ReportsPS3011()
    {
        var model = NetworkModel.Build(OneVpc()
            .PrefixList("pl-63a5400a", "com.amazonaws.us-east-1.s3", "52.216.0.0/15")
            .RouteTable("rtb-a", "vpc-a", routes: r => r.Route("pl-63a5400a", "vpce-s3"))
            .GatewayEndpoint("vpce-s3", "vpc-a", "com.amazonaws.us-east-1.s3").Build());
        Assert.Equal("PS3011", Assert.Single(model.Diagnostics).Id);
    }

    [Fact]
    public void RouteToMissingTarget_IsBlackhole()
    {
        var model = NetworkModel.Build(OneVpc().RouteTable("rtb-a", "vpc-a", routes: r => r.Route("0.0.0.0/0", "nat-deleted")).Build());
        Assert.True(Lookup(model, "rtb-a", "8.8.8.8")!.IsBlackhole);
    }

    [Fact]
    public void SubnetWithoutAssociation_UsesMainTable_OrImplicitLocalOnlyMain()
    {
        var withMain = NetworkModel.Build(new TopologyBuilder().Vpc("vpc-a", "10.0.0.0/16").Subnet("subnet-a", "vpc-a", "10.0.1.0/24")
            .InternetGateway("igw-a", "vpc-a")
            .RouteTable("rtb-main", "vpc-a", main: true, routes: r => r.Route("0.0.0.0/0", "igw-a")).Build());
        Assert.Equal("rtb-main", withMain.RouteTableFor(new SubnetId("subnet-a"))!.Id.Value);

        var withoutMain = NetworkModel.Build(new TopologyBuilder().Vpc("vpc-a", "10.0.0.0/16").Subnet("subnet-a", "vpc-a", "10.0.1.0/24").Build());
        var implicitMain = withoutMain.RouteTableFor(new SubnetId("subnet-a"))!;
        Assert.True(implicitMain.IsImplicit);
        Assert.Equal(["10.0.0.0/16 -> local"], implicitMain.Routes.Select(r => r.Text));
    }
}
