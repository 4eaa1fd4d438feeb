using FsCheck;
using FsCheck.Fluent;
using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Topology;

namespace PathSim.Yaml.Tests;

/// <summary>
/// A simple generator of valid topologies: every field the format carries is exercised, and the
/// references are consistent, so the validator accepts them. FsCheck picks the seed and size; the
/// topology is built from a seeded <see cref="Random"/> (a failure prints the seed to replay).
/// </summary>
public static class RandomTopologies
{
    public static Arbitrary<NetworkTopology> Topology() =>
        (from seed in Gen.Choose(0, int.MaxValue)
         from size in Gen.Sized(s => Gen.Constant(s))
         select Build(seed, size)).ToArbitrary();

    private static readonly string[] Texts = ["etl host", "null", "~", "", "a: b", "- dash", "#hash", "'quoted'", "\"double\"", " padded ", "ünïcode", "multi\nline", "yes", "123"];

    public static NetworkTopology Build(int seed, int size)
    {
        var r = new Random(seed);
        bool Coin() => r.Next(2) == 0;
        T Pick<T>(IReadOnlyList<T> items) => items[r.Next(items.Count)];
        string region = Pick(["us-east-1", "eu-west-1"]);
        string? account = Coin() ? null : "111122223333";
        int vpcCount = 1 + r.Next(1 + Math.Min(size, 20) / 8);

        var vpcs = new List<Vpc>();
        var subnets = new List<Subnet>();
        var tables = new List<RouteTable>();
        var igws = new List<InternetGateway>();
        var nats = new List<NatGateway>();
        var endpoints = new List<VpcEndpoint>();
        var groups = new List<SecurityGroup>();
        var acls = new List<NetworkAcl>();
        var enis = new List<NetworkInterface>();
        var prefixLists = new List<PrefixList>();
        if (Coin())
            prefixLists.Add(new PrefixList { Id = new PrefixListId("pl-0a1b2c3d"), Name = $"com.amazonaws.{region}.s3", Cidrs = [Ipv4Prefix.Parse("52.216.0.0/15"), Ipv4Prefix.Parse("3.5.0.0/19")] });

        string? Text() => Coin() ? null : Pick(Texts);
        PolicyText? Policy() => Coin() ? null : new PolicyText(Pick(["{}", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*","Resource":"*"}]}""", "{ \"a\" : [1, true, null] }\n"]), default);
        PortRange Ports() => r.Next(3) switch { 0 => PortRange.All, 1 => PortRange.Single(r.Next(65536)), _ => new PortRange(1024, 1024 + r.Next(64512)) };
        IpProtocol Protocol() => Pick([IpProtocol.Tcp, IpProtocol.Udp, IpProtocol.Icmp, IpProtocol.All, IpProtocol.FromNumber(50)]);

        for (int v = 0; v < vpcCount; v++)
        {
            var vpcId = new VpcId($"vpc-{v}");
            var cidrs = new List<Ipv4Prefix> { Ipv4Prefix.Parse($"10.{v}.0.0/16") };
            if (Coin()) cidrs.Add(Ipv4Prefix.Parse($"100.{64 + v}.0.0/16"));
            string vpcRegion = Coin() ? region : "ap-south-1";
            vpcs.Add(new Vpc
            {
                Id = vpcId,
                Cidrs = cidrs.ToValueArray(),
                Region = vpcRegion,
                Account = Coin() ? account : Pick(new string?[] { null, "999988887777" }),
                EnableDnsSupport = Coin(),
                EnableDnsHostnames = Coin(),
            });

            var vpcGroups = new List<SecurityGroupId>();
            for (int g = 0; g < 1 + r.Next(2); g++) vpcGroups.Add(new SecurityGroupId($"sg-{v}-{g}"));
            foreach (var id in vpcGroups)
            {
                SecurityGroupRule Rule()
                {
                    var protocol = Protocol();
                    RulePeer peer = r.Next(3) switch
                    {
                        0 => RulePeer.ForSecurityGroup(Pick(vpcGroups)),
                        1 when prefixLists.Count > 0 => RulePeer.ForPrefixList(prefixLists[0].Id),
                        _ => RulePeer.ForCidr(Ipv4Prefix.Create(new Ipv4Address((uint)r.Next()), r.Next(33))),
                    };
                    return new SecurityGroupRule { Protocol = protocol, Ports = protocol.HasPorts ? Ports() : PortRange.All, Peer = peer, Description = Text() };
                }
                groups.Add(new SecurityGroup
                {
                    Id = id,
                    Vpc = vpcId,
                    Name = Text(),
                    Ingress = Enumerable.Range(0, r.Next(4)).Select(_ => Rule()).ToValueArray(),
                    Egress = Enumerable.Range(0, r.Next(4)).Select(_ => Rule()).ToValueArray(),
                });
            }

            var vpcAcls = new List<NetworkAclId>();
            for (int a = 0; a < r.Next(3); a++)
            {
                var id = new NetworkAclId($"acl-{v}-{a}");
                vpcAcls.Add(id);
                ValueArray<NetworkAclEntry> Entries() => Enumerable.Range(0, r.Next(4)).Select(i =>
                {
                    var protocol = Protocol();
                    return new NetworkAclEntry
                    {
                        RuleNumber = 100 * (i + 1) + r.Next(100),
                        Protocol = protocol,
                        Ports = protocol.HasPorts ? Ports() : PortRange.All,
                        Cidr = Ipv4Prefix.Create(new Ipv4Address((uint)r.Next()), r.Next(33)),
                        Action = Coin() ? NetworkAclAction.Allow : NetworkAclAction.Deny,
                    };
                }).ToValueArray();
                acls.Add(new NetworkAcl { Id = id, Vpc = vpcId, IsDefault = a == 0 && Coin(), Ingress = Entries(), Egress = Entries() });
            }

            InternetGatewayId? igw = null;
            if (Coin())
            {
                igw = new InternetGatewayId($"igw-{v}");
                igws.Add(new InternetGateway { Id = igw.Value, Vpc = vpcId });
            }

            var tableIds = Enumerable.Range(0, 1 + r.Next(2)).Select(t => new RouteTableId($"rtb-{v}-{t}")).ToList();
            var vpcSubnets = new List<Subnet>();
            for (int s = 0; s < 1 + r.Next(4); s++)
            {
                var subnet = new Subnet
                {
                    Id = new SubnetId($"subnet-{v}-{s}"),
                    Vpc = vpcId,
                    Cidr = Ipv4Prefix.Parse($"10.{v}.{s}.0/24"),
                    AvailabilityZone = Coin() ? null : $"{vpcRegion}{Pick(new[] { "a", "b" })}",   // a zone of the VPC's region (PS4013)
                    RouteTable = Coin() ? null : Pick(tableIds),
                    NetworkAcl = vpcAcls.Count > 0 && Coin() ? Pick(vpcAcls) : null,
                    MapPublicIpOnLaunch = Coin(),
                };
                vpcSubnets.Add(subnet);
                if (Coin())
                {
                    enis.Add(new NetworkInterface
                    {
                        Id = new NetworkInterfaceId($"eni-{v}-{s}"),
                        Subnet = subnet.Id,
                        PrivateIp = Ipv4Address.Parse($"10.{v}.{s}.{4 + r.Next(125)}"),   // .4-.128, the NAT's .129-.253: not reserved, not shared (PS3024, PS3025)
                        PublicIp = Coin() ? null : PublicAddress(r.Next()),
                        SecurityGroups = vpcGroups.Where(_ => Coin()).ToValueArray(),
                        Kind = Pick(Enum.GetValues<NetworkInterfaceKind>()),
                        Instance = Coin() ? null : new InstanceId($"i-{r.Next():x8}"),
                        Description = Text(),
                    });
                }
            }
            subnets.AddRange(vpcSubnets);

            NatGatewayId? nat = null;
            if (Coin())
            {
                nat = new NatGatewayId($"nat-{v}");
                nats.Add(new NatGateway
                {
                    Id = nat.Value,
                    Subnet = vpcSubnets[0].Id,
                    Connectivity = Coin() ? NatGatewayConnectivity.Public : NatGatewayConnectivity.Private,
                    PrivateIp = Coin() ? null : Ipv4Address.Parse($"10.{v}.0.{129 + r.Next(125)}"),
                    PublicIp = Coin() ? null : PublicAddress(r.Next()),
                    IsAvailable = Coin(),
                });
            }

            var gatewayTables = tableIds.Where(_ => Coin()).ToList();
            var gatewayEndpoint = new VpcEndpointId($"vpce-s3-{v}");
            endpoints.Add(new VpcEndpoint
            {
                Id = gatewayEndpoint,
                Vpc = vpcId,
                // A gateway endpoint serves its VPC's own region only (PS3023).
                ServiceName = AwsServiceName.Format(vpcs[^1].Region, "s3"),
                Type = VpcEndpointType.Gateway,
                RouteTables = gatewayTables.ToValueArray(),
                PrivateDns = Coin(),
                Policy = Policy(),
                IsAvailable = Coin(),
            });
            if (Coin())
            {
                endpoints.Add(new VpcEndpoint
                {
                    Id = new VpcEndpointId($"vpce-glue-{v}"),
                    Vpc = vpcId,
                    ServiceName = AwsServiceName.Format(region, "glue"),
                    Type = VpcEndpointType.Interface,
                    Subnets = OnePerZone(vpcSubnets.Where(_ => Coin())).ToValueArray(),
                    SecurityGroups = vpcGroups.Where(_ => Coin()).ToValueArray(),
                    PrivateDns = Coin(),
                    Policy = Policy(),
                });
            }

            for (int t = 0; t < tableIds.Count; t++)
            {
                var routes = new List<Route>();
                if (igw is { } i && Coin()) routes.Add(Make("0.0.0.0/0", new RouteTarget(RouteTargetKind.InternetGateway, i.Value)));
                else if (nat is { } n && Coin()) routes.Add(Make("0.0.0.0/0", new RouteTarget(RouteTargetKind.NatGateway, n.Value)));
                if (Coin()) routes.Add(Make("192.0.2.0/24", RouteTarget.Blackhole) with { State = RouteState.Blackhole });
                if (Coin()) routes.Add(Make("172.16.0.0/12", new RouteTarget(RouteTargetKind.VirtualPrivateGateway, "vgw-1")) with { Origin = RouteOrigin.Propagated });
                if (Coin()) routes.Add(Make("198.51.100.0/24", new RouteTarget(RouteTargetKind.TransitGateway, "tgw-1")) with { State = RouteState.Blackhole });
                if (gatewayTables.Contains(tableIds[t]) && Coin())
                    routes.Add(new Route { Destination = RouteDestination.ForPrefixList(new PrefixListId("pl-63a5400a")), Target = new RouteTarget(RouteTargetKind.VpcEndpoint, gatewayEndpoint.Value) });
                if (v == 0 && vpcCount > 1 && Coin())
                    routes.Add(Make("10.1.0.0/16", new RouteTarget(RouteTargetKind.VpcPeeringConnection, "pcx-0-1")));
                tables.Add(new RouteTable { Id = tableIds[t], Vpc = vpcId, IsMain = t == 0 && Coin(), Routes = routes.ToValueArray() });
            }
        }

        if (Coin()) igws.Add(new InternetGateway { Id = new InternetGatewayId("igw-detached") });
        var peerings = vpcCount > 1
            ? [new VpcPeeringConnection { Id = new VpcPeeringConnectionId("pcx-0-1"), RequesterVpc = vpcs[0].Id, AccepterVpc = vpcs[1].Id, AccepterRegion = Coin() ? null : "us-west-2", IsActive = Coin() }]
            : new List<VpcPeeringConnection>();

        var clusters = new List<RedshiftCluster>();
        if (Coin())
        {
            var home = subnets.Where(s => s.Vpc == vpcs[0].Id).ToList();
            clusters.Add(new RedshiftCluster
            {
                Id = new RedshiftClusterId("analytics"),
                Deployment = Coin() ? RedshiftDeployment.Provisioned : RedshiftDeployment.Serverless,
                NodeType = Coin() ? null : "ra3.4xlarge",
                EnhancedVpcRouting = Coin(),
                PubliclyAccessible = Coin(),
                ElasticIp = Coin() ? null : PublicAddress(r.Next()),
                Subnets = home.Where((_, i) => i == 0 || Coin()).Select(s => s.Id).ToValueArray(),
                SecurityGroups = groups.Where(g => g.Vpc == vpcs[0].Id && Coin()).Select(g => g.Id).ToValueArray(),
                IamRoles = Coin() ? [] : ["arn:aws:iam::111122223333:role/spectrum"],
                Catalog = Pick(Enum.GetValues<DataCatalog>()),
                Buckets = Enumerable.Range(0, r.Next(3)).Select(i => new BucketUse { Bucket = $"bucket-{i}", Uses = (BucketUseKind)(1 + r.Next(7)) }).ToValueArray(),
                NetworkInterfaces = enis.Where(e => home.Any(s => s.Id == e.Subnet) && Coin()).Select(e => e.Id).ToValueArray(),
            });
        }

        return new NetworkTopology
        {
            Region = region,
            Account = account,
            Vpcs = vpcs.ToValueArray(),
            Subnets = subnets.ToValueArray(),
            RouteTables = tables.ToValueArray(),
            InternetGateways = igws.ToValueArray(),
            NatGateways = nats.ToValueArray(),
            VpcEndpoints = endpoints.ToValueArray(),
            VpcPeeringConnections = peerings.ToValueArray(),
            PrefixLists = prefixLists.ToValueArray(),
            SecurityGroups = groups.ToValueArray(),
            NetworkAcls = acls.ToValueArray(),
            NetworkInterfaces = enis.ToValueArray(),
            RedshiftClusters = clusters.ToValueArray(),
            S3Buckets = Enumerable.Range(0, r.Next(3)).Select(i => new S3Bucket { Name = $"bucket-{i}", Region = Coin() ? region : "eu-central-1", Policy = Policy() }).ToValueArray(),
        };

        static Route Make(string cidr, RouteTarget target) => new() { Destination = RouteDestination.ForCidr(Ipv4Prefix.Parse(cidr)), Target = target };
    }

    /// <summary>An interface endpoint takes one subnet per availability zone (E1, PS3020); subnets without a zone pass.</summary>
    private static IEnumerable<SubnetId> OnePerZone(IEnumerable<Subnet> subnets)
    {
        var zones = new HashSet<string>();
        foreach (var subnet in subnets)
            if (subnet.AvailabilityZone is not { } zone || zones.Add(zone)) yield return subnet.Id;
    }

    /// <summary>A public address (52.x.y.z) from one random draw: public and Elastic IPs are never private space (PS3021).</summary>
    private static Ipv4Address PublicAddress(int draw) => new(((uint)draw & 0x00FFFFFFu) | (52u << 24));
}
