using PathSim.Testing.Topologies;
using PathSim.Topology;

namespace PathSim.Core.Tests.Redshift;

/// <summary>The small VPC both path probes' tests ask about: a cluster in subnet-a, a NAT gateway with an EIP in subnet-pub.</summary>
internal static class ProbeFixture
{
    /// <param name="publicAcl">Entries of an ACL on subnet-pub (the NAT gateway's subnet); none means the VPC's default ACL.</param>
    public static NetworkTopology Topology(Action<RouteListBuilder> routes, Action<SecurityGroupRulesBuilder>? rules = null,
        Action<NetworkAclRulesBuilder>? publicAcl = null)
    {
        var builder = new TopologyBuilder()
            .Vpc("vpc-1", "10.0.0.0/16")
            .Subnet("subnet-pub", "vpc-1", "10.0.0.0/24", routeTable: "rtb-pub", networkAcl: publicAcl is null ? null : "acl-pub")
            .Subnet("subnet-a", "vpc-1", "10.0.1.0/24", routeTable: "rtb-a")
            .RouteTable("rtb-pub", "vpc-1", routes: r => r.Route("0.0.0.0/0", "igw-1"))
            .RouteTable("rtb-a", "vpc-1", routes: routes)
            .InternetGateway("igw-1", "vpc-1")
            .NatGateway("nat-1", "subnet-pub", publicIp: "203.0.113.1")
            .SecurityGroup("sg-1", "vpc-1", rules ?? (r => r.Egress("tcp", "443", "0.0.0.0/0")))
            .RedshiftCluster("c1", ["subnet-a"], ["sg-1"]);
        if (publicAcl is not null) builder = builder.NetworkAcl("acl-pub", "vpc-1", rules: publicAcl);
        return builder.Build();
    }
}
