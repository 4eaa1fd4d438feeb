using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Topology;

namespace PathSim.Testing.Topologies;

/// <summary>
/// Random but valid topologies for property tests: several VPCs (10.V.0.0/16) with subnets (10.V.S.0/24),
/// route tables with overlapping prefixes, prefix-list routes, blackholes and unmodelled targets, NAT
/// gateways (public/private, with or without EIP), internet gateways (attached or not), S3 gateway
/// endpoints, Glue interface endpoints, peerings, security groups that reference each other and prefix
/// lists, network ACLs with interleaved allow/deny rule numbers, and interfaces with or without public IPs.
/// Built procedurally from a seed and a size, so a case is reproducible; <see cref="Shrink"/> removes one
/// piece at a time so FsCheck reports small counterexamples.
/// </summary>
public static class RandomTopology
{
    private static readonly string[] PublicPrefixes =
        ["52.216.0.0/15", "3.5.0.0/19", "52.217.0.0/16", "54.0.0.0/8", "8.8.8.0/24", "1.2.3.0/24", "18.34.0.0/19", "192.168.0.0/16", "100.64.0.0/10"];

    private static readonly string[] PortChoices = ["443", "80", "1024-65535", "32768-60999", "1024-32767", "0-65535", "53", "5439", "40000-50000"];

    /// <summary>Topologies whose size grows with FsCheck's size parameter (1–5 VPCs' worth of parts).</summary>
    public static Gen<NetworkTopology> Generator =>
        Gen.Sized(size => from seed in Gen.Choose(0, int.MaxValue) select Create(seed, Math.Clamp(size / 20 + 1, 1, 5)));

    public static Arbitrary<NetworkTopology> Arbitrary => Arb.From(Generator, Shrink);

    /// <summary>The topology for one seed; <paramref name="scale"/> 1 is small (one or two VPCs, a handful of rules), 5 is bigger.</summary>
    public static NetworkTopology Create(int seed, int scale)
    {
        var r = new Random(seed);
        bool Chance(double p) => r.NextDouble() < p;
        // Draws added later come from their own stream, so each seed keeps the topology it had.
        var later = new Random(unchecked(seed * 31 + 7));
        T Pick<T>(IReadOnlyList<T> items) => items[r.Next(items.Count)];

        int vpcCount = r.Next(1, Math.Min(3, scale + 1) + 1);
        var vpcs = new List<Vpc>();
        var subnets = new List<Subnet>();
        var tables = new List<RouteTable>();
        var igws = new List<InternetGateway>();
        var nats = new List<NatGateway>();
        var endpoints = new List<VpcEndpoint>();
        var peerings = new List<VpcPeeringConnection>();
        var groups = new List<SecurityGroup>();
        var acls = new List<NetworkAcl>();
        var nics = new List<NetworkInterface>();
        var prefixLists = new List<PrefixList>
        {
            new() { Id = new PrefixListId("pl-user"), Name = "corporate", Cidrs = [Ipv4Prefix.Parse("8.8.8.0/24"), Ipv4Prefix.Parse("1.2.0.0/16")] },
        };
        if (Chance(0.3))
            prefixLists.Add(new PrefixList { Id = new PrefixListId("pl-s3"), Name = "com.amazonaws.us-east-1.s3", Cidrs = [Ipv4Prefix.Parse("52.216.0.0/15"), Ipv4Prefix.Parse("3.5.0.0/19")] });

        for (int v = 0; v < vpcCount; v++)
        {
            var vpcId = new VpcId($"vpc-{v}");
            vpcs.Add(new Vpc { Id = vpcId, Cidrs = [Ipv4Prefix.Parse($"10.{v}.0.0/16")], Region = "us-east-1", EnableDnsHostnames = Chance(0.8),
                // F4: the Amazon DNS server answers only with DNS support on.
                EnableDnsSupport = later.NextDouble() < 0.85 });
            int subnetCount = r.Next(1, Math.Min(4, scale + 2) + 1);
            int tableCount = r.Next(1, Math.Min(3, subnetCount) + 1);
            int aclCount = r.Next(0, 3);
            var tableIds = Enumerable.Range(0, tableCount).Select(t => new RouteTableId($"rtb-{v}-{t}")).ToList();
            var aclIds = Enumerable.Range(0, aclCount).Select(a => new NetworkAclId($"acl-{v}-{a}")).ToList();
            var subnetIds = new List<SubnetId>();
            for (int s = 0; s < subnetCount; s++)
            {
                var id = new SubnetId($"subnet-{v}-{s}");
                subnetIds.Add(id);
                subnets.Add(new Subnet
                {
                    Id = id, Vpc = vpcId, Cidr = Ipv4Prefix.Parse($"10.{v}.{s}.0/24"), AvailabilityZone = s % 2 == 0 ? "us-east-1a" : "us-east-1b",
                    RouteTable = Chance(0.7) ? Pick(tableIds) : null,
                    NetworkAcl = aclIds.Count > 0 && Chance(0.6) ? Pick(aclIds) : null,
                });
            }

            var igwId = new InternetGatewayId($"igw-{v}");
            if (Chance(0.85)) igws.Add(new InternetGateway { Id = igwId, Vpc = Chance(0.9) ? vpcId : null });
            var natIds = new List<NatGatewayId>();
            for (int n = 0; n < r.Next(0, 3); n++)
            {
                var id = new NatGatewayId($"nat-{v}-{n}");
                natIds.Add(id);
                nats.Add(new NatGateway
                {
                    Id = id, Subnet = Chance(0.7) ? subnetIds[0] : Pick(subnetIds),
                    Connectivity = Chance(0.85) ? NatGatewayConnectivity.Public : NatGatewayConnectivity.Private,
                    PublicIp = Chance(0.85) ? new Ipv4Address(0xCB007100u + (uint)(v * 8 + n + 1)) : null,
                    IsAvailable = Chance(0.9),
                });
            }
            var endpointId = new VpcEndpointId($"vpce-s3-{v}");
            var endpointTables = tableIds.Where(_ => Chance(0.5)).ToList();
            if (Chance(0.6))
                endpoints.Add(new VpcEndpoint
                {
                    Id = endpointId, Vpc = vpcId, ServiceName = "com.amazonaws.us-east-1.s3", Type = VpcEndpointType.Gateway,
                    RouteTables = [.. endpointTables], IsAvailable = Chance(0.95),
                });

            // Security groups of this VPC; peers reference groups of any VPC made so far, and prefix lists.
            int groupCount = r.Next(1, 4);
            var groupIds = Enumerable.Range(0, groupCount).Select(g => new SecurityGroupId($"sg-{v}-{g}")).ToList();
            var referable = groups.Select(g => g.Id).Concat(groupIds).ToList();
            foreach (var gid in groupIds)
            {
                ValueArray<SecurityGroupRule> Rules(int count) => [.. Enumerable.Range(0, count).Select(_ => RandomRule(r, referable, v))];
                groups.Add(new SecurityGroup
                {
                    Id = gid, Vpc = vpcId,
                    Ingress = Chance(0.4) ? [.. Rules(r.Next(0, 3)), new SecurityGroupRule { Protocol = IpProtocol.All, Peer = RulePeer.ForCidr(Ipv4Prefix.Parse("10.0.0.0/8")) }] : Rules(r.Next(0, 4)),
                    Egress = Chance(0.6) ? [new SecurityGroupRule { Protocol = IpProtocol.All, Peer = RulePeer.ForCidr(Ipv4Prefix.Any) }] : Rules(r.Next(0, 4)),
                });
            }

            for (int a = 0; a < aclCount; a++)
                acls.Add(new NetworkAcl { Id = aclIds[a], Vpc = vpcId, Ingress = RandomAclEntries(r, v), Egress = RandomAclEntries(r, v) });
            if (Chance(0.3))
                acls.Add(new NetworkAcl { Id = new NetworkAclId($"acl-{v}-default"), Vpc = vpcId, IsDefault = true, Ingress = RandomAclEntries(r, v), Egress = RandomAclEntries(r, v) });

            if (Chance(0.3))
            {
                var ifSubnets = subnetIds.Where(_ => Chance(0.5)).Take(2).ToList();
                // E1: one subnet per availability zone (subnet s is in zone s % 2); dropping, not redrawing, keeps the seeds' topologies.
                if (ifSubnets.Count == 2 && subnetIds.IndexOf(ifSubnets[0]) % 2 == subnetIds.IndexOf(ifSubnets[1]) % 2) ifSubnets.RemoveAt(1);
                if (ifSubnets.Count > 0)
                    endpoints.Add(new VpcEndpoint
                    {
                        Id = new VpcEndpointId($"vpce-glue-{v}"), Vpc = vpcId, ServiceName = "com.amazonaws.us-east-1.glue", Type = VpcEndpointType.Interface,
                        Subnets = [.. ifSubnets], SecurityGroups = [Pick(groupIds)], IsAvailable = Chance(0.9),
                    });
            }

            foreach (var subnetId in subnetIds)
            {
                int s = int.Parse(subnetId.Value.Split('-')[2], System.Globalization.CultureInfo.InvariantCulture);
                for (int i = 0; i < r.Next(1, 3); i++)
                    nics.Add(new NetworkInterface
                    {
                        Id = new NetworkInterfaceId($"eni-{v}-{s}-{i}"), Subnet = subnetId,
                        PrivateIp = new Ipv4Address(0x0A000000u | ((uint)v << 16) | ((uint)s << 8) | (uint)(10 + i)),
                        PublicIp = Chance(0.3) ? new Ipv4Address(0xC6336400u + (uint)(v * 64 + s * 4 + i + 1)) : null,
                        SecurityGroups = [.. groupIds.Where(_ => Chance(0.5)).DefaultIfEmpty(groupIds[0])],
                        Kind = NetworkInterfaceKind.Instance,
                    });
            }

            // Route tables: overlapping destinations, prefix lists, blackholes, every kind of target.
            for (int t = 0; t < tableCount; t++)
            {
                var routes = new List<Route>();
                var used = new HashSet<string>();
                void Add(string destination, RouteTarget target, RouteState state = RouteState.Active, RouteOrigin origin = RouteOrigin.Static)
                {
                    if (!used.Add(destination)) return;
                    routes.Add(new Route
                    {
                        Destination = destination.StartsWith("pl-", StringComparison.Ordinal)
                            ? RouteDestination.ForPrefixList(new PrefixListId(destination))
                            : RouteDestination.ForCidr(Ipv4Prefix.Parse(destination)),
                        Target = target, State = target.Kind == RouteTargetKind.Blackhole ? RouteState.Blackhole : state, Origin = origin,
                    });
                }
                RouteTarget Target()
                {
                    int k = r.Next(10);
                    return k switch
                    {
                        < 3 => new RouteTarget(RouteTargetKind.InternetGateway, igwId.Value),
                        < 6 when natIds.Count > 0 => new RouteTarget(RouteTargetKind.NatGateway, Pick(natIds).Value),
                        < 6 => new RouteTarget(RouteTargetKind.InternetGateway, igwId.Value),
                        6 => RouteTarget.Blackhole,
                        7 => new RouteTarget(RouteTargetKind.TransitGateway, "tgw-1"),
                        _ when natIds.Count > 0 => new RouteTarget(RouteTargetKind.NatGateway, Pick(natIds).Value),
                        _ => new RouteTarget(RouteTargetKind.InternetGateway, igwId.Value),
                    };
                }
                if (Chance(0.8)) Add("0.0.0.0/0", Target());
                for (int k = 0; k < r.Next(0, 4); k++) Add(Pick(PublicPrefixes), Target());
                if (Chance(0.3)) Add("pl-user", Target());
                if (Chance(0.15)) Add(Pick(PublicPrefixes), Target(), origin: RouteOrigin.Propagated);
                // Peering routes to the other VPCs' CIDRs (and a subnet of them, more specific).
                for (int o = 0; o < v; o++)
                {
                    var pcx = $"pcx-{o}-{v}";
                    if (Chance(0.6)) Add($"10.{o}.0.0/16", new RouteTarget(RouteTargetKind.VpcPeeringConnection, pcx));
                    if (Chance(0.2)) Add($"10.{o}.0.0/24", Chance(0.5) ? RouteTarget.Blackhole : new RouteTarget(RouteTargetKind.VpcPeeringConnection, pcx));
                }
                tables.Add(new RouteTable { Id = tableIds[t], Vpc = vpcId, IsMain = t == 0 && Chance(0.85), Routes = [.. routes] });
            }

            // Peerings with earlier VPCs; the earlier VPC's tables get the way back later (below).
            for (int o = 0; o < v; o++)
                if (Chance(0.7))
                    peerings.Add(new VpcPeeringConnection
                    {
                        Id = new VpcPeeringConnectionId($"pcx-{o}-{v}"), RequesterVpc = new VpcId($"vpc-{o}"), AccepterVpc = vpcId, IsActive = Chance(0.85),
                    });
        }

        // Routes back over the peerings from the earlier VPCs' tables.
        for (int i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            int v = int.Parse(table.Vpc.Value[4..], System.Globalization.CultureInfo.InvariantCulture);
            var extra = peerings.Where(p => p.RequesterVpc == table.Vpc && Chance(0.6))
                .Select(p => new Route
                {
                    Destination = RouteDestination.ForCidr(Ipv4Prefix.Parse($"10.{p.AccepterVpc.Value[4..]}.0.0/16")),
                    Target = new RouteTarget(RouteTargetKind.VpcPeeringConnection, p.Id.Value),
                })
                .Where(route => table.Routes.All(existing => existing.Destination != route.Destination))
                .ToList();
            _ = v;
            if (extra.Count > 0) tables[i] = table with { Routes = [.. table.Routes, .. extra] };
        }

        return new NetworkTopology
        {
            Region = "us-east-1", Source = $"RandomTopology(seed {seed}, scale {scale})",
            Vpcs = [.. vpcs], Subnets = [.. subnets], RouteTables = [.. tables], InternetGateways = [.. igws], NatGateways = [.. nats],
            VpcEndpoints = [.. endpoints], VpcPeeringConnections = [.. peerings], PrefixLists = [.. prefixLists],
            SecurityGroups = [.. groups], NetworkAcls = [.. acls], NetworkInterfaces = [.. nics],
        };
    }

    private static SecurityGroupRule RandomRule(Random r, List<SecurityGroupId> groups, int vpc)
    {
        var protocol = r.Next(10) switch { < 5 => IpProtocol.Tcp, < 7 => IpProtocol.Udp, 7 => IpProtocol.Icmp, _ => IpProtocol.All };
        var ports = protocol.HasPorts ? PortRange.Parse(PortChoices[r.Next(PortChoices.Length)]) : PortRange.All;
        var peer = r.Next(10) switch
        {
            < 3 => RulePeer.ForCidr(Ipv4Prefix.Any),
            3 => RulePeer.ForCidr(Ipv4Prefix.Parse($"10.{vpc}.0.0/16")),
            4 => RulePeer.ForCidr(Ipv4Prefix.Parse($"10.{r.Next(0, 3)}.{r.Next(0, 4)}.0/24")),
            5 => RulePeer.ForCidr(Ipv4Prefix.Parse(PublicPrefixes[r.Next(PublicPrefixes.Length)])),
            6 => RulePeer.ForPrefixList(new PrefixListId("pl-user")),
            _ => RulePeer.ForSecurityGroup(groups[r.Next(groups.Count)]),
        };
        return new SecurityGroupRule { Protocol = protocol, Ports = ports, Peer = peer };
    }

    private static ValueArray<NetworkAclEntry> RandomAclEntries(Random r, int vpc)
    {
        // Distinct rule numbers, interleaving allows and denies; sometimes a final allow-all so not everything is denied.
        var numbers = Enumerable.Range(1, 20).Select(n => n * 10).OrderBy(_ => r.Next()).Take(r.Next(0, 5)).ToList();
        var entries = numbers.Select(n =>
        {
            var protocol = r.Next(10) switch { < 5 => IpProtocol.Tcp, < 7 => IpProtocol.Udp, 7 => IpProtocol.Icmp, _ => IpProtocol.All };
            return new NetworkAclEntry
            {
                RuleNumber = n, Protocol = protocol,
                Ports = protocol.HasPorts ? PortRange.Parse(PortChoices[r.Next(PortChoices.Length)]) : PortRange.All,
                Cidr = r.Next(4) switch
                {
                    0 => Ipv4Prefix.Parse($"10.{vpc}.0.0/16"),
                    1 => Ipv4Prefix.Parse($"10.{vpc}.{r.Next(0, 4)}.0/24"),
                    2 => Ipv4Prefix.Parse(PublicPrefixes[r.Next(PublicPrefixes.Length)]),
                    _ => Ipv4Prefix.Any,
                },
                Action = r.Next(4) == 0 ? NetworkAclAction.Deny : NetworkAclAction.Allow,
            };
        }).ToList();
        // Reply-port splits (F3): allow only part of the ephemeral ranges, sometimes then allow everything else.
        if (r.Next(3) == 0)
            entries.Add(new NetworkAclEntry { RuleNumber = 31000, Protocol = IpProtocol.Tcp, Ports = PortRange.Parse(r.Next(2) == 0 ? "1024-32767" : "40000-65535"), Cidr = Ipv4Prefix.Any, Action = NetworkAclAction.Allow });
        if (r.Next(4) == 0)
            entries.Add(new NetworkAclEntry { RuleNumber = 31500, Protocol = IpProtocol.Tcp, Ports = PortRange.Parse("1024-65535"), Cidr = Ipv4Prefix.Any, Action = NetworkAclAction.Deny });
        if (r.Next(4) > 0) entries.Add(new NetworkAclEntry { RuleNumber = 32000, Protocol = IpProtocol.All, Cidr = Ipv4Prefix.Any, Action = NetworkAclAction.Allow });
        return [.. entries];
    }

    /// <summary>Smaller variants: each drops one route, rule, entry, interface, gateway, endpoint or peering (dangling references stay valid input).</summary>
    public static IEnumerable<NetworkTopology> Shrink(NetworkTopology t)
    {
        for (int i = 0; i < t.VpcPeeringConnections.Count; i++) yield return t with { VpcPeeringConnections = t.VpcPeeringConnections.RemoveAt(i) };
        for (int i = 0; i < t.VpcEndpoints.Count; i++) yield return t with { VpcEndpoints = t.VpcEndpoints.RemoveAt(i) };
        for (int i = 0; i < t.NatGateways.Count; i++) yield return t with { NatGateways = t.NatGateways.RemoveAt(i) };
        for (int i = 0; i < t.NetworkInterfaces.Count; i++) yield return t with { NetworkInterfaces = t.NetworkInterfaces.RemoveAt(i) };
        for (int i = 0; i < t.NetworkAcls.Count; i++) yield return t with { NetworkAcls = t.NetworkAcls.RemoveAt(i) };
        for (int i = 0; i < t.RouteTables.Count; i++)
            for (int j = 0; j < t.RouteTables[i].Routes.Count; j++)
                yield return t with { RouteTables = t.RouteTables.SetItem(i, t.RouteTables[i] with { Routes = t.RouteTables[i].Routes.RemoveAt(j) }) };
        for (int i = 0; i < t.SecurityGroups.Count; i++)
        {
            var g = t.SecurityGroups[i];
            for (int j = 0; j < g.Ingress.Count; j++) yield return t with { SecurityGroups = t.SecurityGroups.SetItem(i, g with { Ingress = g.Ingress.RemoveAt(j) }) };
            for (int j = 0; j < g.Egress.Count; j++) yield return t with { SecurityGroups = t.SecurityGroups.SetItem(i, g with { Egress = g.Egress.RemoveAt(j) }) };
        }
        for (int i = 0; i < t.NetworkAcls.Count; i++)
        {
            var a = t.NetworkAcls[i];
            for (int j = 0; j < a.Ingress.Count; j++) yield return t with { NetworkAcls = t.NetworkAcls.SetItem(i, a with { Ingress = a.Ingress.RemoveAt(j) }) };
            for (int j = 0; j < a.Egress.Count; j++) yield return t with { NetworkAcls = t.NetworkAcls.SetItem(i, a with { Egress = a.Egress.RemoveAt(j) }) };
        }
        for (int i = 0; i < t.InternetGateways.Count; i++) yield return t with { InternetGateways = t.InternetGateways.RemoveAt(i) };
    }

    /// <summary>A compact multi-line description of a topology, for counterexamples.</summary>
    public static string Describe(NetworkTopology t)
    {
        var lines = ImmutableArray.CreateBuilder<string>();
        lines.Add(t.Source);
        foreach (var s in t.Subnets) lines.Add($"subnet {s.Id} {s.Cidr} rtb={s.RouteTable?.Value ?? "(main)"} acl={s.NetworkAcl?.Value ?? "(default)"}");
        foreach (var rt in t.RouteTables) lines.Add($"rtb {rt.Id}{(rt.IsMain ? " main" : "")}: {string.Join(", ", rt.Routes.Select(x => $"{x.Destination}->{x.Target}{(x.State == RouteState.Blackhole ? "(bh)" : "")}{(x.Origin == RouteOrigin.Propagated ? "(prop)" : "")}"))}");
        foreach (var g in t.InternetGateways) lines.Add($"igw {g.Id} vpc={g.Vpc?.Value ?? "(detached)"}");
        foreach (var n in t.NatGateways) lines.Add($"nat {n.Id} in {n.Subnet} {n.Connectivity} eip={n.PublicIp?.ToString() ?? "-"} available={n.IsAvailable}");
        foreach (var e in t.VpcEndpoints) lines.Add($"vpce {e.Id} {e.Type} {e.ServiceName} rtbs=[{string.Join(",", e.RouteTables)}] subnets=[{string.Join(",", e.Subnets)}] sgs=[{string.Join(",", e.SecurityGroups)}] available={e.IsAvailable}");
        foreach (var p in t.VpcPeeringConnections) lines.Add($"pcx {p.Id} {p.RequesterVpc}<->{p.AccepterVpc} active={p.IsActive}");
        foreach (var g in t.SecurityGroups) lines.Add($"sg {g.Id} in: [{string.Join("; ", g.Ingress)}] out: [{string.Join("; ", g.Egress)}]");
        foreach (var a in t.NetworkAcls) lines.Add($"acl {a.Id}{(a.IsDefault ? " default" : "")} in: [{string.Join("; ", a.Ingress)}] out: [{string.Join("; ", a.Egress)}]");
        foreach (var n in t.NetworkInterfaces) lines.Add($"eni {n.Id} {n.PrivateIp} pub={n.PublicIp?.ToString() ?? "-"} sgs=[{string.Join(",", n.SecurityGroups)}]");
        return string.Join(Environment.NewLine, lines);
    }
}
