using PathSim.Addressing;
using PathSim.Network;
using PathSim.Testing.Topologies;
using PathSim.Topology;
using Xunit;

namespace PathSim.Core.Tests.Network;

public sealed class NetworkModelTests
{
    private static NetworkModel Model() => NetworkModel.Build(new TopologyBuilder()
        .Vpc("vpc-a", "10.0.0.0/16")
        .Subnet("subnet-pub", "vpc-a", "10.0.0.0/24")
        .Subnet("subnet-a", "vpc-a", "10.0.1.0/24", networkAcl: "acl-a")
        .Subnet("subnet-b", "vpc-a", "10.0.2.0/24", routeTable: "rtb-b")
        .RouteTable("rtb-b", "vpc-a", routes: r => r.Route("0.0.0.0/0", "nat-a"))
        .NatGateway("nat-a", "subnet-pub", publicIp: "203.0.113.10")
        .NetworkAcl("acl-a", "vpc-a", rules: a => a.Ingress(200, "all", null, "0.0.0.0/0", allow: false).Ingress(100, "tcp", "443", "0.0.0.0/0"))
        .SecurityGroup("sg-app", "vpc-a", g => g.Ingress("tcp", "5439", "sg-etl"))
        .SecurityGroup("sg-etl", "vpc-a")
        .SecurityGroup("sg-endpoints", "vpc-a", g => g.Ingress("tcp", "443", "10.0.0.0/16"))
        .Interface("eni-etl", "subnet-a", "10.0.1.4", securityGroups: ["sg-etl"], instance: "i-etl")
        .Interface("eni-etl2", "subnet-b", "10.0.2.30", securityGroups: ["sg-etl"])
        .InterfaceEndpoint("vpce-glue", "vpc-a", "com.amazonaws.us-east-1.glue", ["subnet-a", "subnet-b"], ["sg-endpoints"])
        .RedshiftCluster("analytics", ["subnet-a", "subnet-b"], ["sg-app"])
        .Build());

    [Fact]
    public void EndpointInterfaces_Synthesized_FirstFreeAddressFromNetworkPlus4()
    {
        var nics = Model().InterfacesOf(new VpcEndpointId("vpce-glue"));
        Assert.Equal(["eni-vpce-glue-subnet-a 10.0.1.5", "eni-vpce-glue-subnet-b 10.0.2.4"], nics.Select(n => $"{n.Id} {n.PrivateIp}"));
        Assert.All(nics, n => Assert.Equal(["sg-endpoints"], n.SecurityGroups.Select(g => g.Value)));
        Assert.All(nics, n => Assert.Equal(NetworkInterfaceKind.VpcEndpoint, n.Kind));
    }

    [Fact]
    public void ClusterNodes_OnePerSubnetGroupSubnet_AfterEndpoints()
    {
        var nics = Model().InterfacesOf(new RedshiftClusterId("analytics"));
        Assert.Equal(["eni-analytics-subnet-a 10.0.1.6", "eni-analytics-subnet-b 10.0.2.5"], nics.Select(n => $"{n.Id} {n.PrivateIp}"));
        Assert.All(nics, n => Assert.Equal(new ComponentRef(ComponentKind.RedshiftCluster, "analytics"), n.Owner));
    }

    [Fact]
    public void NatGateway_WithoutPrivateIp_GetsSynthesizedInterfaceWithoutGroups()
    {
        var nat = Model().FindNatGateway(new NatGatewayId("nat-a"))!;
        Assert.Equal(Ipv4Address.Parse("10.0.0.4"), nat.PrivateIp);
        Assert.Empty(nat.Interface.SecurityGroups);
        Assert.Equal(Ipv4Address.Parse("203.0.113.10"), nat.Interface.PublicIp);
    }

    [Fact]
    public void SecurityGroupReference_ResolvesToPrivateIpsOfCarriers()
    {
        var rule = Assert.Single(Model().FindSecurityGroup(new SecurityGroupId("sg-app"))!.Ingress);
        Assert.Equal(["10.0.1.4/32", "10.0.2.30/32"], rule.PeerAddresses.Prefixes.Select(p => p.ToString()));
        Assert.Equal("ingress tcp 5439 sg-etl", rule.Text);
    }

    [Fact]
    public void NetworkAcl_EntriesSortedByRuleNumber_DefaultImplicitWhenMissing()
    {
        var model = Model();
        var acl = model.NetworkAclFor(new SubnetId("subnet-a"))!;
        Assert.Equal([100, 200], acl.Ingress.Select(e => e.RuleNumber));
        var implicitDefault = model.NetworkAclFor(new SubnetId("subnet-b"))!;
        Assert.True(implicitDefault.IsImplicit);
        Assert.Equal("100 allow all 0.0.0.0/0", Assert.Single(implicitDefault.Egress).ToString());
    }

    [Fact]
    public void SubnetContaining_AddressesInAndOutOfSubnets()
    {
        var model = Model();
        Assert.Equal("subnet-b", model.SubnetContaining(new VpcId("vpc-a"), Ipv4Address.Parse("10.0.2.200"))!.Id.Value);
        Assert.Null(model.SubnetContaining(new VpcId("vpc-a"), Ipv4Address.Parse("10.0.9.1")));
        Assert.Equal("eni-etl", model.InterfaceAt(new VpcId("vpc-a"), Ipv4Address.Parse("10.0.1.4"))!.Id.Value);
        Assert.Equal("eni-etl", Assert.Single(model.InterfacesOf(new InstanceId("i-etl"))).Id.Value);
    }

    [Fact]
    public void AffectedSubnets_NatGatewayChange_ReachesOnlySubnetsRoutingThroughIt()
    {
        var model = NetworkModel.Build(new TopologyBuilder()
            .Vpc("vpc-a", "10.0.0.0/16")
            .Subnet("subnet-pub", "vpc-a", "10.0.0.0/24")
            .Subnet("subnet-a", "vpc-a", "10.0.1.0/24")
            .Subnet("subnet-b", "vpc-a", "10.0.2.0/24", routeTable: "rtb-b")
            .RouteTable("rtb-b", "vpc-a", routes: r => r.Route("0.0.0.0/0", "nat-a"))
            .NatGateway("nat-a", "subnet-pub", publicIp: "203.0.113.10")
            .Interface("eni-b", "subnet-b", "10.0.2.30")
            .Build());
        Assert.Equal(["subnet-b"], model.AffectedSubnets(["nat-a"]).Select(s => s.Value));
        // the NAT's own subnet (its route table and ACL apply to NAT traffic, G2)
        Assert.Equal(["subnet-b", "subnet-pub"], model.AffectedSubnets(["subnet-pub"]).Select(s => s.Value));
        Assert.Equal(["subnet-a", "subnet-b", "subnet-pub"], model.AffectedSubnets(["vpc-a"]).Select(s => s.Value));
        Assert.Equal(["subnet-a", "subnet-b", "subnet-pub"], model.AffectedSubnets(["subnet-b"], includeIntraVpc: true).Select(s => s.Value));
        Assert.Empty(model.AffectedSubnets(["no-such-id"]));
    }

    [Fact]
    public void AffectedSubnets_EndpointGroupChange_ReachesWholeVpcThroughPrivateDns()
    {
        var affected = Model().AffectedSubnets(["sg-endpoints"]);
        Assert.Equal(["subnet-a", "subnet-b", "subnet-pub"], affected.Select(s => s.Value));
    }
}
