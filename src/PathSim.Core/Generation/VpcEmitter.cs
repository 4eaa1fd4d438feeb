using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Generation;

/// <summary>
/// Writes the resources of one generated VPC: public, private and data subnets per AZ, an internet
/// gateway, a NAT gateway per AZ, S3 gateway and Glue interface endpoints, security groups that
/// reference each other, a default and three custom network ACLs, peering routes, two instances and
/// one Redshift cluster. Every id starts with the VPC's number, so ids never collide across VPCs.
/// </summary>
internal sealed class VpcEmitter
{
    private const int Public = 0, Private = 1, Data = 2;
    private static readonly string[] TierNames = ["pub", "priv", "data"];
    private static readonly Ipv4Prefix Anywhere = Ipv4Prefix.Any;
    private static readonly Ipv4Prefix OfficeRange = Ipv4Prefix.Parse("203.0.113.0/24");      // TEST-NET-3: the bastion's admins
    private static readonly Ipv4Prefix BlockedRange = Ipv4Prefix.Parse("198.51.100.0/24");    // TEST-NET-2: a denylisted range

    private readonly OrganisationOptions _options;
    private readonly OrganisationResources _out;
    private readonly int _index;
    private readonly string _n;
    private readonly VpcBlueprint _plan;
    private readonly AccountPlan _account;
    private readonly IReadOnlyList<PeeringLink> _peerings;
    private readonly PrefixListId _s3PrefixList;
    private readonly VpcId _vpc;
    private readonly Ipv4Prefix _cidr;

    public VpcEmitter(OrganisationOptions options, OrganisationResources output, int index, string number,
        VpcBlueprint plan, AccountPlan account, IReadOnlyList<PeeringLink> peerings, PrefixListId s3PrefixList)
    {
        _options = options;
        _out = output;
        _index = index;
        _n = number;
        _plan = plan;
        _account = account;
        _peerings = peerings;
        _s3PrefixList = s3PrefixList;
        _vpc = new VpcId($"vpc-{number}");
        _cidr = VpcCidr(index);
    }

    /// <summary>VPC <paramref name="index"/>'s /20 of 10.0.0.0/8 (distinct for every index below 4,096).</summary>
    public static Ipv4Prefix VpcCidr(int index) => Ipv4Prefix.Create(new Ipv4Address(0x0A00_0000u + (uint)index * 4096u), 20);

    /// <summary>The S3 gateway endpoint's id when this VPC has one (bucket policies name it).</summary>
    public VpcEndpointId? S3EndpointId =>
        _plan.S3Gateway == VpcBlueprint.GatewayCoverage.None ? null : new VpcEndpointId($"vpce-{_n}-s3");

    public void Emit()
    {
        _out.Vpcs.Add(new Vpc
        {
            Id = _vpc,
            Cidrs = [_cidr],
            Region = _options.Region,
            Account = _account.Id,
            EnableDnsSupport = true,
            EnableDnsHostnames = _plan.DnsHostnames,
        });
        if (_plan.HasInternetGateway) _out.InternetGateways.Add(new InternetGateway { Id = Igw, Vpc = _vpc });
        EmitSubnets();
        EmitNatGateways();
        EmitRouteTables();
        EmitEndpoints();
        EmitSecurityGroups();
        EmitNetworkAcls();
        EmitInterfaces();
        EmitCluster();
    }

    private InternetGatewayId Igw => new($"igw-{_n}");
    private static char Az(int az) => (char)('a' + az);
    private SubnetId SubnetOf(int tier, int az) => new($"subnet-{_n}-{TierNames[tier]}-{Az(az)}");
    private RouteTableId TableOf(int tier, int az) => new(tier == Public ? $"rtb-{_n}-pub" : $"rtb-{_n}-{TierNames[tier]}-{Az(az)}");
    private NetworkAclId AclOf(int tier) => new($"acl-{_n}-{TierNames[tier]}");
    private SecurityGroupId Group(string role) => new($"sg-{_n}-{role}");
    private NatGatewayId NatOf(int az) => new($"nat-{_n}-{Az(az == _plan.AzWithoutNat ? 0 : az)}");

    /// <summary>tier × 4 + AZ picks one of the first twelve /24s of the VPC's /20.</summary>
    private Ipv4Prefix SubnetCidr(int tier, int az) =>
        Ipv4Prefix.Create(new Ipv4Address(_cidr.Network.Value + (uint)(tier * 4 + az) * 256u), 24);

    private Ipv4Address HostIn(int tier, int az, uint host) => new(SubnetCidr(tier, az).Network.Value + host);

    /// <summary>Eight addresses of 198.18.0.0/15 (the benchmarking range) per VPC: NATs, the cluster, the bastion.</summary>
    private Ipv4Address PublicIp(int slot) => new(0xC612_0000u + (uint)_index * 8u + (uint)slot);

    private void EmitSubnets()
    {
        for (int tier = Public; tier <= Data; tier++)
            for (int az = 0; az < _plan.AzCount; az++)
            {
                bool onMain = tier == Data && _plan.DataSubnetOnMainTable && az == _plan.AzCount - 1;
                _out.Subnets.Add(new Subnet
                {
                    Id = SubnetOf(tier, az),
                    Vpc = _vpc,
                    Cidr = SubnetCidr(tier, az),
                    AvailabilityZone = _options.Region + Az(az),
                    RouteTable = onMain ? null : TableOf(tier, az),
                    NetworkAcl = AclOf(tier),
                    MapPublicIpOnLaunch = tier == Public,
                });
            }
    }

    private void EmitNatGateways()
    {
        for (int az = 0; az < _plan.AzCount; az++)
        {
            if (az == _plan.AzWithoutNat) continue;
            _out.NatGateways.Add(new NatGateway
            {
                Id = NatOf(az),
                Subnet = SubnetOf(Public, az),
                PrivateIp = HostIn(Public, az, 10),
                PublicIp = PublicIp(az),
            });
        }
    }

    private void EmitRouteTables()
    {
        _out.RouteTables.Add(new RouteTable { Id = new RouteTableId($"rtb-{_n}-main"), Vpc = _vpc, IsMain = true });
        _out.RouteTables.Add(new RouteTable
        {
            Id = TableOf(Public, 0),
            Vpc = _vpc,
            Routes = _plan.HasInternetGateway ? [CidrRoute(Anywhere, new RouteTarget(RouteTargetKind.InternetGateway, Igw.Value))] : [],
        });
        for (int tier = Private; tier <= Data; tier++)
            for (int az = 0; az < _plan.AzCount; az++)
            {
                var routes = new List<Route>(_peerings.Count + 2);
                if (tier == Private || _plan.DataDefaultRoute)
                    routes.Add(CidrRoute(Anywhere, new RouteTarget(RouteTargetKind.NatGateway, NatOf(az).Value)));
                foreach (var link in _peerings)
                    routes.Add(CidrRoute(VpcCidr(link.PeerOf(_index)), new RouteTarget(RouteTargetKind.VpcPeeringConnection, link.Id.Value)));
                if (tier == Private && az == 0 && _plan.BlackholeRoute)   // a decommissioned on-premises range (R5)
                    routes.Add(CidrRoute(Ipv4Prefix.Create(new Ipv4Address(0xC0A8_0000u + (uint)(_index % 256) * 256u), 24), RouteTarget.Blackhole) with { State = RouteState.Blackhole });
                _out.RouteTables.Add(new RouteTable { Id = TableOf(tier, az), Vpc = _vpc, Routes = routes.ToValueArray() });
            }
    }

    private static Route CidrRoute(Ipv4Prefix destination, RouteTarget target) =>
        new() { Destination = RouteDestination.ForCidr(destination), Target = target };

    private void EmitEndpoints()
    {
        if (_plan.S3Gateway != VpcBlueprint.GatewayCoverage.None)
        {
            var tables = new List<RouteTableId>();
            for (int az = 0; az < _plan.AzCount; az++) tables.Add(TableOf(Private, az));
            if (_plan.S3Gateway == VpcBlueprint.GatewayCoverage.All)
                for (int az = 0; az < _plan.AzCount; az++) tables.Add(TableOf(Data, az));
            _out.VpcEndpoints.Add(new VpcEndpoint
            {
                Id = S3EndpointId!.Value,
                Vpc = _vpc,
                ServiceName = AwsServiceName.Format(_options.Region, "s3"),
                Type = VpcEndpointType.Gateway,
                RouteTables = tables.ToValueArray(),
                Policy = _plan.S3EndpointPolicyRestricted ? new PolicyText(RestrictedEndpointPolicy(), SourceLocation.None) : null,
            });
        }
        if (_plan.GlueEndpoint)
        {
            var subnets = new List<SubnetId>();
            for (int az = 0; az < _plan.AzCount; az++) subnets.Add(SubnetOf(Data, az));
            _out.VpcEndpoints.Add(new VpcEndpoint
            {
                Id = new VpcEndpointId($"vpce-{_n}-glue"),
                Vpc = _vpc,
                ServiceName = AwsServiceName.Format(_options.Region, "glue"),
                Type = VpcEndpointType.Interface,
                Subnets = subnets.ToValueArray(),
                SecurityGroups = [Group("endpoints")],
                PrivateDns = _plan.GluePrivateDns,
            });
        }
    }

    /// <summary>Admits the raw-events and lake buckets only, so UNLOAD to the exports bucket is denied (E3).</summary>
    private string RestrictedEndpointPolicy() =>
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"OwnBucketsOnly\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":["
        + $"\"arn:aws:s3:::{_account.RawEventsBucket}\",\"arn:aws:s3:::{_account.RawEventsBucket}/*\","
        + $"\"arn:aws:s3:::{_account.LakeBucket}\",\"arn:aws:s3:::{_account.LakeBucket}/*\"]}}]}}";

    private void EmitSecurityGroups()
    {
        var all = IpProtocol.All;
        var tcp = IpProtocol.Tcp;
        AddGroup("default", [Rule(all, PortRange.All, RulePeer.ForSecurityGroup(Group("default")))], [AllowAllOut()]);
        AddGroup("web",
            [Rule(tcp, PortRange.Single(443), RulePeer.ForCidr(Anywhere)), Rule(tcp, PortRange.Single(80), RulePeer.ForCidr(Anywhere))],
            [AllowAllOut()]);
        AddGroup("bastion",
            [Rule(tcp, PortRange.Single(22), RulePeer.ForCidr(OfficeRange))],
            [Rule(tcp, PortRange.Single(22), RulePeer.ForCidr(_cidr)), Rule(tcp, PortRange.Single(443), RulePeer.ForCidr(Anywhere))]);
        AddGroup("alb",
            [
                Rule(tcp, PortRange.Single(443), RulePeer.ForCidr(Anywhere)),
                Rule(tcp, PortRange.Single(80), RulePeer.ForCidr(Anywhere)),
                Rule(tcp, PortRange.Single(8443), RulePeer.ForCidr(OfficeRange)),
            ],
            [
                Rule(tcp, PortRange.Single(8080), RulePeer.ForSecurityGroup(Group("app"))),
                Rule(tcp, PortRange.Single(8443), RulePeer.ForSecurityGroup(Group("app"))),
            ]);
        AddGroup("app",
            [
                Rule(tcp, PortRange.Single(8080), RulePeer.ForSecurityGroup(Group("web"))),
                Rule(tcp, PortRange.Single(8443), RulePeer.ForSecurityGroup(Group("web"))),
                Rule(tcp, PortRange.Single(8080), RulePeer.ForSecurityGroup(Group("alb"))),
                Rule(tcp, PortRange.Single(8443), RulePeer.ForSecurityGroup(Group("alb"))),
                Rule(tcp, PortRange.Single(22), RulePeer.ForSecurityGroup(Group("bastion"))),
            ],
            [AllowAllOut()]);
        AddGroup("etl",
            [Rule(tcp, PortRange.Single(22), RulePeer.ForSecurityGroup(Group("bastion")))],
            [
                Rule(tcp, PortRange.Single(443), RulePeer.ForCidr(Anywhere)),
                Rule(tcp, PortRange.Single(80), RulePeer.ForCidr(Anywhere)),
                Rule(tcp, PortRange.Single(5439), RulePeer.ForSecurityGroup(Group("redshift"))),
            ]);

        var redshiftIn = new List<SecurityGroupRule>
        {
            Rule(tcp, PortRange.Single(5439), RulePeer.ForSecurityGroup(Group("app"))),
            Rule(tcp, PortRange.Single(5439), RulePeer.ForSecurityGroup(Group("etl"))),
            Rule(tcp, PortRange.Single(5439), RulePeer.ForSecurityGroup(Group("bastion"))),
        };
        foreach (var link in _peerings)
            redshiftIn.Add(Rule(tcp, PortRange.Single(5439), RulePeer.ForCidr(VpcCidr(link.PeerOf(_index)))));
        SecurityGroupRule[] redshiftOut = _plan.RedshiftEgress switch
        {
            VpcBlueprint.EgressStyle.AllowAll => [AllowAllOut()],
            VpcBlueprint.EgressStyle.HttpsAndVpc => [Rule(tcp, PortRange.Single(443), RulePeer.ForCidr(Anywhere)), Rule(all, PortRange.All, RulePeer.ForCidr(_cidr))],
            VpcBlueprint.EgressStyle.S3PrefixListOnly => [Rule(tcp, PortRange.Single(443), RulePeer.ForPrefixList(_s3PrefixList))],
            _ => [],
        };
        AddGroup("redshift", redshiftIn, redshiftOut);

        AddGroup("endpoints",
            [_plan.EndpointGroupAdmitsRedshift
                ? Rule(tcp, PortRange.Single(443), RulePeer.ForCidr(_cidr))
                : Rule(tcp, PortRange.Single(443), RulePeer.ForSecurityGroup(Group("app")))],
            [AllowAllOut()]);
        AddGroup("monitoring",
            [
                Rule(tcp, PortRange.Single(9100), RulePeer.ForCidr(_cidr)),
                Rule(tcp, new PortRange(9090, 9094), RulePeer.ForCidr(_cidr)),
                Rule(IpProtocol.Udp, PortRange.Single(161), RulePeer.ForCidr(_cidr)),
            ],
            [AllowAllOut()]);
    }

    private static SecurityGroupRule Rule(IpProtocol protocol, PortRange ports, RulePeer peer) =>
        new() { Protocol = protocol, Ports = ports, Peer = peer };

    private static SecurityGroupRule AllowAllOut() => Rule(IpProtocol.All, PortRange.All, RulePeer.ForCidr(Anywhere));

    private void AddGroup(string role, IEnumerable<SecurityGroupRule> ingress, IEnumerable<SecurityGroupRule> egress) =>
        _out.SecurityGroups.Add(new SecurityGroup
        {
            Id = Group(role),
            Vpc = _vpc,
            Name = role,
            Ingress = ingress.ToValueArray(),
            Egress = egress.ToValueArray(),
        });

    private void EmitNetworkAcls()
    {
        var all = IpProtocol.All;
        var tcp = IpProtocol.Tcp;
        var udp = IpProtocol.Udp;
        var ephemeral = PortRange.NatGatewayEphemeral;
        _out.NetworkAcls.Add(new NetworkAcl
        {
            Id = new NetworkAclId($"acl-{_n}-default"),
            Vpc = _vpc,
            IsDefault = true,
            Ingress = [Entry(100, all, PortRange.All, Anywhere, NetworkAclAction.Allow)],
            Egress = [Entry(100, all, PortRange.All, Anywhere, NetworkAclAction.Allow)],
        });
        AddAcl(Public,
            [
                Entry(50, all, PortRange.All, BlockedRange, NetworkAclAction.Deny),
                Entry(100, tcp, PortRange.Single(443), Anywhere, NetworkAclAction.Allow),
                Entry(110, tcp, PortRange.Single(80), Anywhere, NetworkAclAction.Allow),
                Entry(115, tcp, PortRange.Single(22), OfficeRange, NetworkAclAction.Allow),
                Entry(120, tcp, PortRange.Single(22), Anywhere, NetworkAclAction.Deny),
                Entry(130, all, PortRange.All, _cidr, NetworkAclAction.Allow),
                Entry(200, tcp, ephemeral, Anywhere, NetworkAclAction.Allow),
                Entry(210, udp, ephemeral, Anywhere, NetworkAclAction.Allow),
            ],
            [
                Entry(100, tcp, PortRange.Single(443), Anywhere, NetworkAclAction.Allow),
                Entry(110, tcp, PortRange.Single(80), Anywhere, NetworkAclAction.Allow),
                Entry(120, all, PortRange.All, _cidr, NetworkAclAction.Allow),
                Entry(130, udp, PortRange.Single(123), Anywhere, NetworkAclAction.Allow),
                Entry(140, udp, PortRange.Single(53), Anywhere, NetworkAclAction.Allow),
                Entry(200, tcp, ephemeral, Anywhere, NetworkAclAction.Allow),
            ]);

        var privateIn = new List<NetworkAclEntry>
        {
            Entry(50, all, PortRange.All, BlockedRange, NetworkAclAction.Deny),
            Entry(100, all, PortRange.All, _cidr, NetworkAclAction.Allow),
            Entry(150, tcp, PortRange.Single(3389), Anywhere, NetworkAclAction.Deny),
            Entry(160, tcp, PortRange.Single(23), Anywhere, NetworkAclAction.Deny),
        };
        var privateOut = new List<NetworkAclEntry>
        {
            Entry(100, all, PortRange.All, _cidr, NetworkAclAction.Allow),
            Entry(200, tcp, PortRange.Single(443), Anywhere, NetworkAclAction.Allow),
            Entry(210, tcp, PortRange.Single(80), Anywhere, NetworkAclAction.Allow),
            Entry(220, tcp, PortRange.Single(25), Anywhere, NetworkAclAction.Deny),
            Entry(230, udp, PortRange.Single(123), Anywhere, NetworkAclAction.Allow),
        };
        var dataIn = new List<NetworkAclEntry>
        {
            Entry(50, all, PortRange.All, BlockedRange, NetworkAclAction.Deny),
            Entry(100, all, PortRange.All, _cidr, NetworkAclAction.Allow),
            Entry(400, tcp, new PortRange(0, 1023), Anywhere, NetworkAclAction.Deny),
        };
        var dataOut = new List<NetworkAclEntry>
        {
            Entry(100, all, PortRange.All, _cidr, NetworkAclAction.Allow),
            Entry(200, tcp, PortRange.Single(443), Anywhere, NetworkAclAction.Allow),
        };
        for (int k = 0; k < _peerings.Count; k++)
        {
            var peer = VpcCidr(_peerings[k].PeerOf(_index));
            privateIn.Add(Entry(300 + k, all, PortRange.All, peer, NetworkAclAction.Allow));
            privateOut.Add(Entry(300 + k, all, PortRange.All, peer, NetworkAclAction.Allow));
            dataIn.Add(Entry(300 + k, all, PortRange.All, peer, NetworkAclAction.Allow));
            dataOut.Add(Entry(300 + k, all, PortRange.All, peer, NetworkAclAction.Allow));
        }
        privateIn.Add(Entry(500, tcp, ephemeral, Anywhere, NetworkAclAction.Allow));
        privateIn.Add(Entry(510, udp, ephemeral, Anywhere, NetworkAclAction.Allow));
        privateOut.Add(Entry(500, tcp, ephemeral, Anywhere, NetworkAclAction.Allow));
        switch (_plan.DataAclReplies)   // F3: Redshift nodes receive replies on 32768–60999
        {
            case VpcBlueprint.ReplyPorts.Full:
                dataIn.Add(Entry(500, tcp, ephemeral, Anywhere, NetworkAclAction.Allow));
                break;
            case VpcBlueprint.ReplyPorts.Partial:
                dataIn.Add(Entry(500, tcp, new PortRange(1024, 49151), Anywhere, NetworkAclAction.Allow));
                break;
        }
        dataOut.Add(Entry(500, tcp, ephemeral, Anywhere, NetworkAclAction.Allow));
        AddAcl(Private, privateIn, privateOut);
        AddAcl(Data, dataIn, dataOut);
    }

    private static NetworkAclEntry Entry(int number, IpProtocol protocol, PortRange ports, Ipv4Prefix cidr, NetworkAclAction action) =>
        new() { RuleNumber = number, Protocol = protocol, Ports = ports, Cidr = cidr, Action = action };

    private void AddAcl(int tier, IEnumerable<NetworkAclEntry> ingress, IEnumerable<NetworkAclEntry> egress) =>
        _out.NetworkAcls.Add(new NetworkAcl { Id = AclOf(tier), Vpc = _vpc, Ingress = ingress.ToValueArray(), Egress = egress.ToValueArray() });

    private void EmitInterfaces()
    {
        _out.NetworkInterfaces.Add(new NetworkInterface
        {
            Id = new NetworkInterfaceId($"eni-{_n}-etl"),
            Subnet = SubnetOf(Private, 0),
            PrivateIp = HostIn(Private, 0, 20),
            SecurityGroups = [Group("etl")],
            Kind = NetworkInterfaceKind.Instance,
            Instance = new InstanceId($"i-{_n}-etl"),
            Description = "ETL worker",
        });
        _out.NetworkInterfaces.Add(new NetworkInterface
        {
            Id = new NetworkInterfaceId($"eni-{_n}-bastion"),
            Subnet = SubnetOf(Public, 0),
            PrivateIp = HostIn(Public, 0, 30),
            PublicIp = _plan.BastionWithPublicIp ? PublicIp(7) : null,
            SecurityGroups = [Group("bastion")],
            Kind = NetworkInterfaceKind.Instance,
            Instance = new InstanceId($"i-{_n}-bastion"),
            Description = "bastion host",
        });
    }

    private void EmitCluster()
    {
        int tier = _plan.PubliclyAccessible ? Public : Data;
        var subnets = new List<SubnetId>();
        for (int az = 0; az < _plan.AzCount; az++) subnets.Add(SubnetOf(tier, az));
        var exports = _plan.CrossRegionUnload ? _account.DisasterRecoveryExportsBucket : _account.ExportsBucket;
        _out.RedshiftClusters.Add(new RedshiftCluster
        {
            Id = new RedshiftClusterId($"analytics-{_n}"),
            Deployment = _plan.Deployment,
            NodeType = _plan.NodeType,
            EnhancedVpcRouting = _plan.EnhancedVpcRouting,
            PubliclyAccessible = _plan.PubliclyAccessible,
            ElasticIp = _plan.PubliclyAccessible ? PublicIp(6) : null,
            Subnets = subnets.ToValueArray(),
            SecurityGroups = [Group("redshift")],
            IamRoles = [$"arn:aws:iam::{_account.Id}:role/redshift-{_n}"],
            Catalog = _plan.Catalog,
            Buckets = _plan.DefaultBuckets
                ? []
                : [
                    new BucketUse { Bucket = _account.RawEventsBucket, Uses = BucketUseKind.Copy },
                    new BucketUse { Bucket = exports, Uses = BucketUseKind.Unload },
                    new BucketUse { Bucket = _account.LakeBucket, Uses = BucketUseKind.Spectrum },
                ],
        });
    }
}
