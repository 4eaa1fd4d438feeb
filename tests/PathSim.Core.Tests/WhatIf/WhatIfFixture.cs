using PathSim.Addressing;
using PathSim.Diagnostics;
using PathSim.Topology;
using PathSim.WhatIf;

namespace PathSim.Core.Tests.WhatIf;

/// <summary>A small private-subnet cluster with a NAT gateway, an S3 gateway endpoint and a Glue interface endpoint.</summary>
internal static class WhatIfFixture
{
    public static NetworkTopology Topology() => new()
    {
        Region = "us-east-1",
        Vpcs = [new Vpc { Id = new("vpc-main"), Cidrs = [Ipv4Prefix.Parse("10.0.0.0/16")], Region = "us-east-1", EnableDnsHostnames = true }],
        Subnets =
        [
            new Subnet { Id = new("subnet-pub"), Vpc = new("vpc-main"), Cidr = Ipv4Prefix.Parse("10.0.0.0/24"), RouteTable = new RouteTableId("rtb-pub") },
            new Subnet { Id = new("subnet-priv-a"), Vpc = new("vpc-main"), Cidr = Ipv4Prefix.Parse("10.0.1.0/24"), RouteTable = new RouteTableId("rtb-priv"), NetworkAcl = new NetworkAclId("acl-priv") },
            new Subnet { Id = new("subnet-priv-b"), Vpc = new("vpc-main"), Cidr = Ipv4Prefix.Parse("10.0.2.0/24"), RouteTable = new RouteTableId("rtb-priv") },
        ],
        RouteTables =
        [
            new RouteTable { Id = new("rtb-main"), Vpc = new("vpc-main"), IsMain = true },
            new RouteTable { Id = new("rtb-pub"), Vpc = new("vpc-main"), Routes = [Route("0.0.0.0/0", "igw-main")] },
            new RouteTable { Id = new("rtb-priv"), Vpc = new("vpc-main"), Routes = [Route("0.0.0.0/0", "nat-a"), Route("pl-63a5400a", "vpce-s3")] },
        ],
        InternetGateways = [new InternetGateway { Id = new("igw-main"), Vpc = new VpcId("vpc-main") }],
        NatGateways = [new NatGateway { Id = new("nat-a"), Subnet = new("subnet-pub"), PublicIp = Ipv4Address.Parse("203.0.113.10") }],
        VpcEndpoints =
        [
            new VpcEndpoint { Id = new("vpce-s3"), Vpc = new("vpc-main"), ServiceName = "com.amazonaws.us-east-1.s3", Type = VpcEndpointType.Gateway, RouteTables = [new RouteTableId("rtb-priv")] },
            new VpcEndpoint { Id = new("vpce-glue"), Vpc = new("vpc-main"), ServiceName = "com.amazonaws.us-east-1.glue", Type = VpcEndpointType.Interface, Subnets = [new SubnetId("subnet-priv-a")], SecurityGroups = [new SecurityGroupId("sg-endpoints")] },
        ],
        SecurityGroups =
        [
            new SecurityGroup { Id = new("sg-redshift"), Vpc = new("vpc-main"), Egress = [new SecurityGroupRule { Protocol = IpProtocol.Tcp, Ports = PortRange.Single(443), Peer = RulePeer.ForCidr(Ipv4Prefix.Any) }] },
            new SecurityGroup { Id = new("sg-endpoints"), Vpc = new("vpc-main"), Ingress = [new SecurityGroupRule { Protocol = IpProtocol.Tcp, Ports = PortRange.Single(443), Peer = RulePeer.ForSecurityGroup(new("sg-redshift")) }] },
        ],
        NetworkAcls =
        [
            new NetworkAcl { Id = new("acl-default"), Vpc = new("vpc-main"), IsDefault = true },
            new NetworkAcl
            {
                Id = new("acl-priv"), Vpc = new("vpc-main"),
                Ingress = [new NetworkAclEntry { RuleNumber = 100, Protocol = IpProtocol.Tcp, Ports = PortRange.Parse("1024-65535"), Cidr = Ipv4Prefix.Any, Action = NetworkAclAction.Allow }],
                Egress = [new NetworkAclEntry { RuleNumber = 100, Protocol = IpProtocol.Tcp, Ports = PortRange.Single(443), Cidr = Ipv4Prefix.Any, Action = NetworkAclAction.Allow }],
            },
        ],
        RedshiftClusters =
        [
            new RedshiftCluster
            {
                Id = new("analytics"), EnhancedVpcRouting = true,
                Subnets = [new SubnetId("subnet-priv-a"), new SubnetId("subnet-priv-b")],
                SecurityGroups = [new SecurityGroupId("sg-redshift")],
            },
        ],
    };

    public static Route Route(string destination, string target)
    {
        var error = RouteText.TryParseRoute(destination, target, SourceLocation.None, out var route);
        return error is null ? route : throw new ArgumentException(error);
    }

    public static EditOutcome Apply(NetworkTopology topology, params TopologyEdit[] edits) =>
        TopologyEditor.Apply(topology, edits, _ => []);

    public static RouteTable Table(NetworkTopology topology, string id) => topology.RouteTables.Single(t => t.Id.Value == id);

    public static SourceLocation At(int line) => new("edits.yaml", line, 3);
}
