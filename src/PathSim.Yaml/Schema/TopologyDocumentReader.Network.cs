using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Topology;
using static PathSim.Diagnostics.DiagnosticDescriptors;

namespace PathSim.Yaml.Schema;

/// <summary>VPCs, subnets, gateways, peering connections and prefix lists.</summary>
internal sealed partial class TopologyDocumentReader
{
    private Vpc ReadVpc(MappingReader m)
    {
        string id = m.Id("id", "VPC") ?? "";
        var cidrs = new List<Ipv4Prefix>();
        if (m.Scalar("cidr", false, ScalarParsers.Cidr) is { } primary) cidrs.Add(primary);
        foreach (var node in m.Sequence("cidrs", scalarAsItem: true) ?? [])
        {
            if (ScalarParsers.IsIpv6(node)) WarnIpv6(node, "CIDR", id);
            else if (!node.IsScalar) _ctx.Report(WrongType, node, "cidrs item", "a CIDR block");
            else if (ScalarParsers.Cidr(_ctx, node) is { } c && !cidrs.Contains(c)) cidrs.Add(c);
        }
        if (!m.Has("cidr") && !m.Has("cidrs")) m.Present("cidr", required: true);
        else if (cidrs.Count == 0) m.Fail(required: true);   // every CIDR given was invalid (already reported)
        return new Vpc
        {
            Id = new VpcId(id),
            Cidrs = cidrs.ToValueArray(),
            // TOPOLOGY.md: region and account default to the file's.
            Region = m.Region("region") ?? _region,
            // An explicit `account: null` says the VPC's account is unknown even when the file has one.
            Account = m.Has("account") ? m.String("account") : _account,
            EnableDnsSupport = m.Bool("enable_dns_support", true),
            EnableDnsHostnames = m.Bool("enable_dns_hostnames", false),
            Location = m.Location,
        };
    }

    private Subnet ReadSubnet(MappingReader m) => new()
    {
        Id = new SubnetId(m.Id("id", "subnet") ?? ""),
        Vpc = new VpcId(m.Id("vpc", "VPC") ?? ""),
        Cidr = m.Scalar("cidr", true, ScalarParsers.Cidr) ?? default,
        AvailabilityZone = m.String("availability_zone"),
        RouteTable = m.Id("route_table", "route table", required: false) is { } rt ? new RouteTableId(rt) : null,
        NetworkAcl = m.Id("network_acl", "network ACL", required: false) is { } acl ? new NetworkAclId(acl) : null,
        MapPublicIpOnLaunch = m.Bool("map_public_ip_on_launch", false),
        Location = m.Location,
    };

    private InternetGateway ReadInternetGateway(MappingReader m) => new()
    {
        Id = new InternetGatewayId(m.Id("id", "internet gateway") ?? ""),
        Vpc = m.Id("vpc", "VPC", required: false) is { } vpc ? new VpcId(vpc) : null,
        Location = m.Location,
    };

    private NatGateway ReadNatGateway(MappingReader m) => new()
    {
        Id = new NatGatewayId(m.Id("id", "NAT gateway") ?? ""),
        Subnet = new SubnetId(m.Id("subnet", "subnet") ?? ""),
        Connectivity = m.Enum("connectivity", TopologySchema.Connectivity) ?? NatGatewayConnectivity.Public,
        PrivateIp = m.Scalar("private_ip", false, ScalarParsers.Address),
        PublicIp = m.Scalar("public_ip", false, ScalarParsers.Address),
        NetworkInterface = m.Id("network_interface", "network interface", required: false) is { } eni ? new NetworkInterfaceId(eni) : null,
        IsAvailable = m.Enum("state", TopologySchema.NatGatewayState) ?? true,
        Location = m.Location,
    };

    private VpcPeeringConnection ReadPeering(MappingReader m) => new()
    {
        Id = new VpcPeeringConnectionId(m.Id("id", "VPC peering connection") ?? ""),
        RequesterVpc = new VpcId(m.Id("requester_vpc", "VPC") ?? ""),
        AccepterVpc = new VpcId(m.Id("accepter_vpc", "VPC") ?? ""),
        AccepterRegion = m.Region("accepter_region"),
        IsActive = m.Enum("status", TopologySchema.PeeringStatus) ?? true,
        Location = m.Location,
    };

    private PrefixList ReadPrefixList(MappingReader m)
    {
        string id = m.Id("id", "prefix list") ?? "";
        var cidrs = new List<Ipv4Prefix>();
        foreach (var node in m.Sequence("cidrs", scalarAsItem: true) ?? [])
        {
            if (ScalarParsers.IsIpv6(node)) WarnIpv6(node, "CIDR", id);
            else if (!node.IsScalar) _ctx.Report(WrongType, node, "cidrs item", "a CIDR block");
            else if (ScalarParsers.Cidr(_ctx, node) is { } c) cidrs.Add(c);
        }
        return new PrefixList
        {
            Id = new PrefixListId(id),
            Name = m.String("name", required: true) ?? "",
            Cidrs = cidrs.ToValueArray(),
            Location = m.Location,
        };
    }
}
