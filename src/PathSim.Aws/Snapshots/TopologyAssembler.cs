using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Aws.Snapshots;

/// <summary>
/// Joins what the describe outputs said into one <see cref="NetworkTopology"/>: associations onto subnets,
/// instances and Elastic IPs onto interfaces, subnet groups onto clusters, and route states as AWS
/// would show them. The same code serves snapshots and live reads, so both give the same topology.
/// </summary>
internal static class TopologyAssembler
{
    public static NetworkTopology Assemble(SnapshotContent content, string source, string defaultRegion)
    {
        var vpcs = Distinct(content, content.Vpcs, v => v.Id.Value, v => v.Location, v => v with { Location = default })
            .Select(v => ApplyAttributes(v, content)).ToList();
        var subnets = Distinct(content, content.Subnets, s => s.Id.Value, s => s.Location, s => s with { Location = default });
        var routeTableOf = LastWins(content.RouteTableAssociations);
        var aclOf = LastWins(content.NetworkAclAssociations);
        subnets = subnets.Select(s => s with
        {
            RouteTable = routeTableOf.TryGetValue(s.Id, out var t) ? t : null,
            NetworkAcl = aclOf.TryGetValue(s.Id, out var a) ? a : null,
        }).ToList();

        var internetGateways = Distinct(content, content.InternetGateways, g => g.Id.Value, g => g.Location, g => g with { Location = default });
        var natGateways = Distinct(content, content.NatGateways, n => n.Id.Value, n => n.Location, n => n with { Location = default });
        var endpoints = Distinct(content, content.VpcEndpoints, e => e.Id.Value, e => e.Location, e => e with { Location = default });
        var peerings = Distinct(content, content.VpcPeeringConnections, p => p.Id.Value, p => p.Location, p => p with { Location = default })
            .Select(p => WithPeerOutside(p, vpcs.ToDictionary(v => v.Id, v => v.Region), content)).ToList();
        var prefixLists = Distinct(content, content.PrefixLists, p => p.Id.Value, p => p.Location, p => p with { Location = default });
        var securityGroups = Distinct(content, content.SecurityGroups, g => g.Id.Value, g => g.Location, g => g with { Location = default });
        securityGroups = DropRulesOnUnknownGroups(securityGroups, content);
        var acls = Distinct(content, content.NetworkAcls, a => a.Id.Value, a => a.Location, a => a with { Location = default });
        var interfaces = MergeInterfaces(content)
            // A NAT gateway's own interface is the NatGateway record (its private and public IP): listed twice, the
            // model would deliver replies to a plain interface instead of translating them back (G2).
            .Where(i => i.Kind != NetworkInterfaceKind.NatGateway).ToList();
        var routeTables = Distinct(content, content.RouteTables, t => t.Id.Value, t => t.Location, t => t with { Location = default });
        routeTables = new RouteStates(content, internetGateways, natGateways, endpoints, peerings, interfaces).Apply(routeTables);
        var clusters = AssembleClusters(content, subnets, interfaces);

        var accounts = vpcs.Select(v => v.Account).OfType<string>().Concat(content.Accounts).Distinct(StringComparer.Ordinal).ToList();
        return new NetworkTopology
        {
            Region = content.Regions.Count == 1 ? content.Regions.Single() : defaultRegion,
            Account = accounts.Count == 1 ? accounts[0] : null,
            Source = source,
            Vpcs = vpcs.ToValueArray(),
            Subnets = subnets.ToValueArray(),
            RouteTables = routeTables.ToValueArray(),
            InternetGateways = internetGateways.ToValueArray(),
            NatGateways = natGateways.ToValueArray(),
            VpcEndpoints = endpoints.ToValueArray(),
            VpcPeeringConnections = peerings.ToValueArray(),
            PrefixLists = prefixLists.ToValueArray(),
            SecurityGroups = securityGroups.ToValueArray(),
            NetworkAcls = acls.ToValueArray(),
            NetworkInterfaces = interfaces.ToValueArray(),
            RedshiftClusters = clusters.ToValueArray(),
        };
    }

    /// <summary>
    /// One record per id, first wins. A copy that says the same (a peering connection listed by both
    /// regions' snapshots) is dropped quietly; one that disagrees is an error (PS3001).
    /// </summary>
    private static List<T> Distinct<T>(SnapshotContent content, List<T> items, Func<T, string> id, Func<T, SourceLocation> location, Func<T, T> unlocated)
        where T : class
    {
        var first = new Dictionary<string, T>(StringComparer.Ordinal);
        var result = new List<T>();
        foreach (var item in items)
        {
            if (first.TryGetValue(id(item), out var earlier))
            {
                if (!unlocated(earlier).Equals(unlocated(item)))
                    content.Report(DiagnosticDescriptors.DuplicateId, location(item), id(item), location(earlier).ToString());
                continue;
            }
            first.Add(id(item), item);
            result.Add(item);
        }
        return result;
    }

    private static Dictionary<TKey, TValue> LastWins<TKey, TValue>(IEnumerable<(TKey, TValue)> pairs) where TKey : notnull
    {
        var map = new Dictionary<TKey, TValue>();
        foreach (var (key, value) in pairs) map[key] = value;
        return map;
    }

    /// <summary>
    /// A peer VPC outside the snapshot (another account or region) is named with its region, as a topology file
    /// does (TOPOLOGY.md, accepter_region). When the snapshot holds the accepter side only, the two sides swap:
    /// requester and accepter differ in who asked, not in how traffic flows (G3).
    /// </summary>
    private static VpcPeeringConnection WithPeerOutside(VpcPeeringConnection peering, Dictionary<VpcId, string> region, SnapshotContent content)
    {
        var sides = content.PeeringRegions.GetValueOrDefault(peering.Id);
        bool hasRequester = region.ContainsKey(peering.RequesterVpc), hasAccepter = region.ContainsKey(peering.AccepterVpc);
        if (!hasRequester && hasAccepter)
            return peering with
            {
                RequesterVpc = peering.AccepterVpc,
                AccepterVpc = peering.RequesterVpc,
                AccepterRegion = sides.Requester ?? region[peering.AccepterVpc],
            };
        if (hasRequester && !hasAccepter && peering.AccepterRegion is null)
            return peering with { AccepterRegion = sides.Accepter ?? region[peering.RequesterVpc] };
        return peering;
    }

    /// <summary>
    /// describe-vpc-attribute output overrides the defaults <see cref="Resources.VpcReader"/> gave. An attribute
    /// the snapshot does not show keeps AWS's default, with warning PS4011 once per VPC: EVR flows turn on them (RS3),
    /// and a Batfish snapshot never holds that output.
    /// </summary>
    private static Vpc ApplyAttributes(Vpc vpc, SnapshotContent content)
    {
        var a = content.VpcAttributes.GetValueOrDefault(vpc.Id) ?? new VpcDnsAttributes(null, null);
        var assumed = new List<string>();
        if (a.EnableDnsSupport is null) assumed.Add($"enable_dns_support: {Lower(vpc.EnableDnsSupport)}");
        if (a.EnableDnsHostnames is null) assumed.Add($"enable_dns_hostnames: {Lower(vpc.EnableDnsHostnames)}");
        if (assumed.Count > 0)
        {
            string missing = (a.EnableDnsSupport, a.EnableDnsHostnames) switch
            {
                (null, null) => "enableDnsSupport and enableDnsHostnames",
                (null, _) => "enableDnsSupport",
                _ => "enableDnsHostnames",
            };
            // VpcReader's default: hostnames are on only in a default VPC.
            content.Report(DiagnosticDescriptors.VpcDnsAttributesAssumed, vpc.Location, vpc.Id.Value, missing,
                vpc.EnableDnsHostnames ? "default" : "non-default", string.Join(", ", assumed));
        }
        return vpc with
        {
            EnableDnsSupport = a.EnableDnsSupport ?? vpc.EnableDnsSupport,
            EnableDnsHostnames = a.EnableDnsHostnames ?? vpc.EnableDnsHostnames,
        };

        static string Lower(bool value) => value ? "true" : "false";
    }

    /// <summary>
    /// A rule naming a group that is not in the snapshot (a peer VPC's or another account's) can match no
    /// interface pathsim knows (F1), so dropping it changes no verdict; the warning says so.
    /// </summary>
    private static List<SecurityGroup> DropRulesOnUnknownGroups(List<SecurityGroup> groups, SnapshotContent content)
    {
        var known = groups.Select(g => g.Id.Value).ToHashSet(StringComparer.Ordinal);
        return groups.Select(g => g with
        {
            Ingress = Keep(g, g.Ingress, "ingress"),
            Egress = Keep(g, g.Egress, "egress"),
        }).ToList();

        ValueArray<SecurityGroupRule> Keep(SecurityGroup group, ValueArray<SecurityGroupRule> rules, string direction)
        {
            if (rules.All(r => r.Peer.Kind != RulePeerKind.SecurityGroup || known.Contains(r.Peer.Id))) return rules;
            return rules.Where(r =>
            {
                if (r.Peer.Kind != RulePeerKind.SecurityGroup || known.Contains(r.Peer.Id)) return true;
                content.Report(DiagnosticDescriptors.RuleGroupNotInSnapshot, r.Location, direction, group.Id.Value, r.Peer.Id);
                return false;
            }).ToValueArray();
        }
    }

    /// <summary>
    /// describe-network-interfaces is the authority on interfaces; describe-instances adds the instance an
    /// interface belongs to (and interfaces a partial snapshot lacks); describe-addresses adds Elastic IPs (G1).
    /// </summary>
    private static List<NetworkInterface> MergeInterfaces(SnapshotContent content)
    {
        var interfaces = Distinct(content, content.NetworkInterfaces, i => i.Id.Value, i => i.Location, i => i with { Location = default });
        var index = new Dictionary<NetworkInterfaceId, int>();
        for (int i = 0; i < interfaces.Count; i++) index[interfaces[i].Id] = i;

        foreach (var fromInstance in content.InstanceInterfaces)
        {
            if (!index.TryGetValue(fromInstance.Id, out int i))
            {
                index[fromInstance.Id] = interfaces.Count;
                interfaces.Add(fromInstance);
                continue;
            }
            var known = interfaces[i];
            interfaces[i] = known with
            {
                Instance = known.Instance ?? fromInstance.Instance,
                Kind = known.Kind == NetworkInterfaceKind.Other ? fromInstance.Kind : known.Kind,
                PublicIp = known.PublicIp ?? fromInstance.PublicIp,
            };
        }

        foreach (var eip in content.Addresses)
        {
            int i = -1;
            if (eip.NetworkInterfaceId is { } eni && index.TryGetValue(new NetworkInterfaceId(eni), out int byEni)) i = byEni;
            else if (eip.InstanceId is { } instance) i = interfaces.FindIndex(n => n.Instance?.Value == instance);
            if (i < 0) continue;
            var target = interfaces[i];
            // An EIP on a secondary private address is not the interface's (primary) public IP.
            if (target.PublicIp is null && (eip.PrivateIp is null || eip.PrivateIp == target.PrivateIp))
                interfaces[i] = target with { PublicIp = eip.PublicIp };
        }
        return interfaces;
    }

    private static List<RedshiftCluster> AssembleClusters(SnapshotContent content, List<Subnet> subnets, List<NetworkInterface> interfaces)
    {
        var vpcOfSubnet = subnets.ToDictionary(s => s.Id, s => s.Vpc);
        var redshiftInterfaces = interfaces.Where(i => i.Kind == NetworkInterfaceKind.RedshiftCluster).ToList();
        var clusters = Distinct(content, content.Clusters, c => c.Cluster.Id.Value, c => c.Location, c => c with { Location = default, Cluster = c.Cluster with { Location = default } });
        var result = new List<RedshiftCluster>();
        foreach (var description in clusters)
        {
            var cluster = description.Cluster;
            var mine = redshiftInterfaces.Where(i => content.InterfaceAddresses.TryGetValue(i.Id, out var ips)
                ? ips.Any(description.NodePrivateIps.Contains)
                : description.NodePrivateIps.Contains(i.PrivateIp)).ToList();
            bool onlyClusterInVpc = description.Vpc is { } vpc && clusters.Count(c => c.Vpc == vpc) == 1;
            if (mine.Count == 0 && onlyClusterInVpc)
                mine = redshiftInterfaces.Where(i => vpcOfSubnet.TryGetValue(i.Subnet, out var v) && v == description.Vpc).ToList();

            var group = content.ClusterSubnetGroups.FirstOrDefault(g =>
                g.Name == description.SubnetGroupName && g.Region == description.Region &&
                (g.Vpc is null || description.Vpc is null || g.Vpc == description.Vpc));
            ValueArray<SubnetId> clusterSubnets;
            if (group is not null)
            {
                clusterSubnets = group.Subnets;
            }
            else
            {
                // Without the subnet group, the subnets the cluster's interfaces or nodes sit in are the best evidence (RS8).
                var fromInterfaces = mine.Select(i => i.Subnet).Distinct().ToList();
                var fromNodes = subnets.Where(s => (description.Vpc is null || s.Vpc == description.Vpc) &&
                                                   description.NodePrivateIps.Any(ip => s.Cidr.Contains(ip)))
                                       .Select(s => s.Id).ToList();
                string groupName = description.SubnetGroupName ?? "(none)";
                if (fromInterfaces.Count > 0)
                {
                    clusterSubnets = fromInterfaces.ToValueArray();
                    content.Report(DiagnosticDescriptors.ClusterSubnetsUnknown, description.Location, cluster.Id.Value, groupName, "its network interfaces");
                }
                else if (fromNodes.Count > 0)
                {
                    clusterSubnets = fromNodes.ToValueArray();
                    content.Report(DiagnosticDescriptors.ClusterSubnetsUnknown, description.Location, cluster.Id.Value, groupName, "its nodes' private addresses");
                }
                else
                {
                    clusterSubnets = default;
                    content.Report(DiagnosticDescriptors.MissingReference, description.Location, "cluster subnet group", groupName);
                }
            }
            result.Add(cluster with
            {
                Subnets = clusterSubnets,
                NetworkInterfaces = mine.Select(i => i.Id).ToValueArray(),
            });
        }
        return result;
    }
}
