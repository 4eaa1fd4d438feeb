using PathSim.Addressing;
using PathSim.Diagnostics;
using PathSim.Services;
using PathSim.Topology;
using static PathSim.Diagnostics.DiagnosticDescriptors;

namespace PathSim.Validation;

/// <summary>One validation run over one topology: indexes by id, then one method per resource kind.</summary>
internal sealed class TopologyChecks
{
    private readonly NetworkTopology _t;
    private readonly List<Diagnostic> _found = [];
    private readonly Dictionary<VpcId, Vpc> _vpcs;
    private readonly Dictionary<SubnetId, Subnet> _subnets;
    private readonly Dictionary<RouteTableId, RouteTable> _routeTables;
    private readonly Dictionary<InternetGatewayId, InternetGateway> _igws;
    private readonly Dictionary<NatGatewayId, NatGateway> _nats;
    private readonly Dictionary<VpcEndpointId, VpcEndpoint> _endpoints;
    private readonly Dictionary<VpcPeeringConnectionId, VpcPeeringConnection> _peerings;
    private readonly Dictionary<PrefixListId, PrefixList> _prefixLists;
    private readonly Dictionary<SecurityGroupId, SecurityGroup> _groups;
    private readonly Dictionary<NetworkAclId, NetworkAcl> _acls;
    private readonly Dictionary<NetworkInterfaceId, NetworkInterface> _enis;
    private readonly HashSet<(VpcId, Ipv4Prefix)> _subnetCidrs;

    public TopologyChecks(NetworkTopology topology)
    {
        _t = topology;
        _vpcs = Index(topology.Vpcs, v => v.Id, v => v.Location);
        _subnets = Index(topology.Subnets, s => s.Id, s => s.Location);
        _routeTables = Index(topology.RouteTables, r => r.Id, r => r.Location);
        _igws = Index(topology.InternetGateways, g => g.Id, g => g.Location);
        _nats = Index(topology.NatGateways, n => n.Id, n => n.Location);
        _endpoints = Index(topology.VpcEndpoints, e => e.Id, e => e.Location);
        _peerings = Index(topology.VpcPeeringConnections, p => p.Id, p => p.Location);
        _prefixLists = Index(topology.PrefixLists, p => p.Id, p => p.Location);
        _groups = Index(topology.SecurityGroups, g => g.Id, g => g.Location);
        _acls = Index(topology.NetworkAcls, a => a.Id, a => a.Location);
        _enis = Index(topology.NetworkInterfaces, n => n.Id, n => n.Location);
        _subnetCidrs = [.. topology.Subnets.Select(s => (s.Vpc, s.Cidr))];
        Index(topology.RedshiftClusters, c => c.Id, c => c.Location);
        Index(topology.S3Buckets, b => b.Name, b => b.Location);
    }

    public List<Diagnostic> Run()
    {
        CheckVpcs();
        CheckSubnets();
        CheckRouteTables();
        CheckInternetGateways();
        CheckNatGateways();
        CheckEndpoints();
        CheckPeerings();
        CheckSecurityGroups();
        CheckNetworkAcls();
        CheckNetworkInterfaces();
        CheckPrivateAddresses();
        CheckClusters();
        return _found;
    }

    private void Report(DiagnosticDescriptor descriptor, SourceLocation at, params string[] arguments) =>
        _found.Add(Diagnostic.Create(descriptor, at, arguments));

    private Dictionary<TKey, T> Index<TKey, T>(IEnumerable<T> items, Func<T, TKey> key, Func<T, SourceLocation> location)
        where TKey : notnull
    {
        var map = new Dictionary<TKey, T>();
        foreach (var item in items)
        {
            var id = key(item);
            if (map.TryGetValue(id, out var first))
            {
                var firstAt = location(first);
                Report(DuplicateId, location(item), id.ToString()!, firstAt.IsNone ? "an earlier entry" : firstAt.ToString());
            }
            else
            {
                map[id] = item;
            }
        }
        return map;
    }

    /// <summary>Looks <paramref name="id"/> up, reporting PS3002 (<paramref name="missing"/>, by default <see cref="MissingReference"/>) when it is missing.</summary>
    private bool Resolve<TKey, T>(Dictionary<TKey, T> map, TKey id, string kind, SourceLocation at, out T found, DiagnosticDescriptor? missing = null)
        where TKey : notnull
    {
        if (map.TryGetValue(id, out found!)) return true;
        Report(missing ?? MissingReference, at, kind, id.ToString()!);
        return false;
    }

    /// <summary>PS3018 for each item a list holds twice (AWS keeps a set: a subnet group, an endpoint's subnets, a VPC's CIDRs).</summary>
    private void CheckListedOnce<T>(IEnumerable<T> items, string owner, string ownerId, string what, Func<T, string> show, SourceLocation at)
    {
        var seen = new HashSet<T>();
        foreach (var item in items)
            if (!seen.Add(item)) Report(ListedTwice, at, owner, ownerId, what, show(item));
    }

    /// <summary>
    /// Space AWS never hands out as a public or Elastic IP: "this network", RFC 1918, shared (100.64/10),
    /// loopback, link-local, multicast and reserved. Documentation and benchmarking ranges (203.0.113/24,
    /// 198.18/15) stay accepted: examples and generated topologies use them as public addresses.
    /// </summary>
    private static readonly Ipv4Prefix[] NeverPublic =
        [.. new[] { "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.168.0.0/16", "224.0.0.0/3" }.Select(Ipv4Prefix.Parse)];

    /// <summary>PS3021: a public or Elastic IP is never private, shared, loopback, link-local or reserved space (G1).</summary>
    private void CheckPublicAddress(Ipv4Address? address, string kind, string id, string field, SourceLocation at)
    {
        if (address is { } a && NeverPublic.Any(p => p.Contains(a))) Report(PublicAddressNotPublic, at, kind, id, field, a.ToString());
    }

    private void CheckVpcs()
    {
        foreach (var vpc in _t.Vpcs)
        {
            CheckListedOnce(vpc.Cidrs, "VPC", vpc.Id.Value, "CIDR", c => c.ToString(), vpc.Location);
            // A VPC's CIDR blocks never overlap: AWS refuses the association.
            var distinct = vpc.Cidrs.Distinct().ToList();
            for (int i = 0; i < distinct.Count; i++)
                for (int j = i + 1; j < distinct.Count; j++)
                    if (distinct[i].Overlaps(distinct[j]))
                        Report(OverlappingVpcCidrs, vpc.Location, vpc.Id.Value, distinct[j].ToString(), distinct[i].ToString());
        }
    }

    private bool ResolveVpc(VpcId id, SourceLocation at) => Resolve(_vpcs, id, "VPC", at, out _);

    /// <summary>The VPC a subnet belongs to, when the subnet exists.</summary>
    private VpcId? VpcOfSubnet(SubnetId id) => _subnets.TryGetValue(id, out var s) ? s.Vpc : null;

    private void RequireSameVpc(string kind, string id, VpcId actual, VpcId expected, SourceLocation at)
    {
        if (actual != expected) Report(WrongVpc, at, kind, id, actual.Value, expected.Value);
    }

    private void CheckGroups(IEnumerable<SecurityGroupId> groups, VpcId? vpc, SourceLocation at)
    {
        foreach (var id in groups)
        {
            // F1: a group belongs to one VPC and can only be attached to interfaces in that VPC.
            if (Resolve(_groups, id, "security group", at, out var group) && vpc is { } v)
                RequireSameVpc("security group", id.Value, group.Vpc, v, at);
        }
    }

    private void CheckSubnets()
    {
        foreach (var byVpc in _t.Subnets.GroupBy(s => s.Vpc))
        {
            if (_vpcs.TryGetValue(byVpc.Key, out var vpc))
            {
                foreach (var subnet in byVpc)
                    if (!vpc.Cidrs.Any(c => c.Contains(subnet.Cidr)))
                        Report(SubnetOutsideVpc, subnet.Location, subnet.Id.Value, subnet.Cidr.ToString(), vpc.Id.Value);
            }
            else
            {
                foreach (var subnet in byVpc) Report(MissingReference, subnet.Location, "VPC", byVpc.Key.Value);
            }
            CheckOverlaps(byVpc.ToList());
            if (vpc is not null) CheckZonesInRegion(vpc, byVpc);
        }

        foreach (var subnet in _t.Subnets)
        {
            if (subnet.RouteTable is { } rt && Resolve(_routeTables, rt, "route table", subnet.Location, out var table))
                RequireSameVpc("route table", rt.Value, table.Vpc, subnet.Vpc, subnet.Location);
            if (subnet.NetworkAcl is { } acl && Resolve(_acls, acl, "network ACL", subnet.Location, out var nacl))
                RequireSameVpc("network ACL", acl.Value, nacl.Vpc, subnet.Vpc, subnet.Location);
        }
    }

    private static readonly System.Text.RegularExpressions.Regex ZoneRegion =
        new(@"^([a-z]{2}(?:-[a-z]+)+-[0-9]+)(?:[a-z]|-)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// PS4013, once per VPC: a zone name is its region's plus a letter (us-east-1a; a Local Zone us-east-1-bos-1a), so a
    /// zone of another region means the region is wrong — most often a snapshot's files read with the default region.
    /// A warning, not an error: an export of such a snapshot must still load. Zone ids (use1-az1) are not checked.
    /// </summary>
    private void CheckZonesInRegion(Vpc vpc, IEnumerable<Subnet> subnets)
    {
        foreach (var subnet in subnets)
        {
            if (subnet.AvailabilityZone is not { } zone || ZoneRegion.Match(zone) is not { Success: true } m) continue;
            string region = m.Groups[1].Value;
            if (string.Equals(region, vpc.Region, StringComparison.Ordinal)) continue;
            Report(ZoneOutsideRegion, subnet.Location, subnet.Id.Value, zone, vpc.Region, vpc.Id.Value, region);
            return;
        }
    }

    /// <summary>
    /// CIDR blocks are nested or disjoint, so after sorting by (network, length) a block overlaps an
    /// earlier one exactly when it starts before the furthest end seen so far: O(n log n), not O(n²).
    /// The one reported is the later in the topology's order (in a file, the later line; after an
    /// edit, the added subnet, whose location is in the edits file).
    /// </summary>
    private void CheckOverlaps(List<Subnet> subnets)
    {
        var position = new Dictionary<Subnet, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < subnets.Count; i++) position.TryAdd(subnets[i], i);
        Subnet? widest = null;
        foreach (var subnet in subnets.OrderBy(s => s.Cidr))
        {
            if (widest is not null && subnet.Cidr.First <= widest.Cidr.Last)
            {
                var (later, earlier) = position[subnet] >= position[widest] ? (subnet, widest) : (widest, subnet);
                Report(OverlappingSubnets, later.Location, later.Id.Value, later.Cidr.ToString(), earlier.Id.Value, earlier.Cidr.ToString());
            }
            if (widest is null || subnet.Cidr.Last > widest.Cidr.Last) widest = subnet;
        }
    }

    private void CheckRouteTables()
    {
        var mainByVpc = new Dictionary<VpcId, RouteTable>();
        foreach (var table in _t.RouteTables)
        {
            ResolveVpc(table.Vpc, table.Location);
            if (table.IsMain)
            {
                // R3: a VPC has exactly one main route table.
                if (mainByVpc.TryGetValue(table.Vpc, out var first))
                    Report(TwoMainRouteTables, table.Location, table.Vpc.Value, first.Id.Value, table.Id.Value);
                else
                    mainByVpc[table.Vpc] = table;
            }

            var destinations = new HashSet<RouteDestination>();
            foreach (var route in table.Routes)
            {
                if (!destinations.Add(route.Destination))
                    Report(DuplicateRoute, route.Location, table.Id.Value, route.Destination.ToString());
                CheckRouteTarget(table, route);
                CheckRouteDestination(table, route);
            }
        }
    }

    private void CheckRouteDestination(RouteTable table, Route route)
    {
        if (route.Destination.IsPrefixList)
        {
            var list = route.Destination.PrefixList.Value;
            // R6: a gateway endpoint's own prefix list may be left out; the built-in ranges stand in.
            bool gatewayEndpointList = route.Target.Kind == RouteTargetKind.VpcEndpoint
                && (!_endpoints.TryGetValue(new VpcEndpointId(route.Target.Id), out var ep) || ep.Type == VpcEndpointType.Gateway);
            if (!_prefixLists.ContainsKey(list) && !gatewayEndpointList)
                Report(MissingPrefixList, route.Location, list.Value);
            return;
        }

        // R2: a route more specific than a local route must be exactly a subnet CIDR (middlebox routing).
        if (route.Target.Kind == RouteTargetKind.Local || route.Destination.Cidr is not { } cidr) return;
        if (!_vpcs.TryGetValue(table.Vpc, out var vpc)) return;
        foreach (var local in vpc.Cidrs)
        {
            if (!local.Contains(cidr) || cidr.Length == local.Length) continue;
            if (!_subnetCidrs.Contains((vpc.Id, cidr))) Report(RouteMoreSpecificThanLocal, route.Location, cidr.ToString(), table.Id.Value, local.ToString());
        }
    }

    private void CheckRouteTarget(RouteTable table, Route route)
    {
        // R5: a blackhole route is what AWS leaves when its target is deleted; the target need not exist.
        if (route.State == RouteState.Blackhole) return;
        var at = route.Location;
        string id = route.Target.Id;
        switch (route.Target.Kind)
        {
            case RouteTargetKind.InternetGateway:
                // G1: the gateway must be attached to this table's VPC; a detached one just drops traffic.
                if (Resolve(_igws, new InternetGatewayId(id), "internet gateway", at, out var igw, MissingRouteTarget) && igw.Vpc is { } igwVpc)
                    RequireSameVpc("internet gateway", id, igwVpc, table.Vpc, at);
                break;
            case RouteTargetKind.NatGateway:
                if (Resolve(_nats, new NatGatewayId(id), "NAT gateway", at, out var nat, MissingRouteTarget) && VpcOfSubnet(nat.Subnet) is { } natVpc)
                    RequireSameVpc("NAT gateway", id, natVpc, table.Vpc, at);
                break;
            case RouteTargetKind.VpcEndpoint:
                if (Resolve(_endpoints, new VpcEndpointId(id), "VPC endpoint", at, out var endpoint, MissingRouteTarget))
                    CheckEndpointRoute(table, route, endpoint);
                break;
            case RouteTargetKind.VpcPeeringConnection:
                // G3: only the two VPCs of a peering connection can route to it.
                if (Resolve(_peerings, new VpcPeeringConnectionId(id), "VPC peering connection", at, out var pcx, MissingRouteTarget)
                    && pcx.RequesterVpc != table.Vpc && pcx.AccepterVpc != table.Vpc)
                    Report(WrongVpc, at, "VPC peering connection", id, pcx.RequesterVpc.Value, table.Vpc.Value);
                break;
            case RouteTargetKind.NetworkInterface:
                if (Resolve(_enis, new NetworkInterfaceId(id), "network interface", at, out var eni, MissingRouteTarget) && VpcOfSubnet(eni.Subnet) is { } eniVpc)
                    RequireSameVpc("network interface", id, eniVpc, table.Vpc, at);
                break;
        }
    }

    private void CheckEndpointRoute(RouteTable table, Route route, VpcEndpoint endpoint)
    {
        RequireSameVpc("VPC endpoint", endpoint.Id.Value, endpoint.Vpc, table.Vpc, route.Location);
        switch (endpoint.Type)
        {
            case VpcEndpointType.Interface:
                Report(InterfaceEndpointAsRouteTarget, route.Location, route.Destination.ToString(), table.Id.Value, endpoint.Id.Value);
                break;
            case VpcEndpointType.Gateway:
                // R6: the route exists exactly in the associated tables, to the service's prefix list.
                bool associated = endpoint.RouteTables.Contains(table.Id);
                bool serviceList = route.Destination.IsPrefixList
                    && (!_prefixLists.TryGetValue(route.Destination.PrefixList.Value, out var list) || list.Name == endpoint.ServiceName);
                if (!associated || !serviceList)
                    Report(GatewayEndpointRouteDisagrees, route.Location, route.Destination.ToString(), endpoint.Id.Value, table.Id.Value, endpoint.Id.Value);
                break;
        }
    }

    private void CheckInternetGateways()
    {
        foreach (var igw in _t.InternetGateways)
            if (igw.Vpc is { } vpc) ResolveVpc(vpc, igw.Location);
    }

    private void CheckNatGateways()
    {
        foreach (var nat in _t.NatGateways)
        {
            if (Resolve(_subnets, nat.Subnet, "subnet", nat.Location, out var subnet) && nat.PrivateIp is { } ip && !subnet.Cidr.Contains(ip))
                Report(IpOutsideSubnet, nat.Location, "NAT gateway", nat.Id.Value, ip.ToString(), subnet.Id.Value, subnet.Cidr.ToString());
            CheckPublicAddress(nat.PublicIp, "NAT gateway", nat.Id.Value, "public IP", nat.Location);
        }
    }

    private void CheckEndpoints()
    {
        foreach (var endpoint in _t.VpcEndpoints)
        {
            var at = endpoint.Location;
            ResolveVpc(endpoint.Vpc, at);
            switch (endpoint.Type)
            {
                case VpcEndpointType.Gateway:
                    if (!endpoint.Subnets.IsEmpty) Report(EndpointTypeMismatch, at, endpoint.Id.Value, "gateway", "subnets");
                    if (!endpoint.SecurityGroups.IsEmpty) Report(EndpointTypeMismatch, at, endpoint.Id.Value, "gateway", "security_groups");
                    if (!endpoint.NetworkInterfaces.IsEmpty) Report(EndpointTypeMismatch, at, endpoint.Id.Value, "gateway", "network_interfaces");
                    break;
                case VpcEndpointType.Interface:
                    if (!endpoint.RouteTables.IsEmpty) Report(EndpointTypeMismatch, at, endpoint.Id.Value, "interface", "route_tables");
                    break;
            }
            foreach (var rt in endpoint.RouteTables)
                if (Resolve(_routeTables, rt, "route table", at, out var table))
                    RequireSameVpc("route table", rt.Value, table.Vpc, endpoint.Vpc, at);
            foreach (var id in endpoint.Subnets)
                if (Resolve(_subnets, id, "subnet", at, out var subnet))
                    RequireSameVpc("subnet", id.Value, subnet.Vpc, endpoint.Vpc, at);
            CheckGroups(endpoint.SecurityGroups, endpoint.Vpc, at);
            foreach (var eni in endpoint.NetworkInterfaces) Resolve(_enis, eni, "network interface", at, out _);
            CheckListedOnce(endpoint.RouteTables, "VPC endpoint", endpoint.Id.Value, "route table", id => $"'{id}'", at);
            CheckListedOnce(endpoint.Subnets, "VPC endpoint", endpoint.Id.Value, "subnet", id => $"'{id}'", at);
            CheckListedOnce(endpoint.SecurityGroups, "VPC endpoint", endpoint.Id.Value, "security group", id => $"'{id}'", at);
            if (endpoint.Type == VpcEndpointType.Interface) CheckOneSubnetPerZone(endpoint);
            // R6: gateway endpoints serve S3 and DynamoDB of the VPC's own region only; CreateVpcEndpoint refuses another region's.
            if (endpoint.Type == VpcEndpointType.Gateway && endpoint.ParsedServiceName is { } service && _vpcs.TryGetValue(endpoint.Vpc, out var vpc)
                && AwsRegionName.IsWellFormed(service.Region) && !string.Equals(service.Region, vpc.Region, StringComparison.Ordinal))
                Report(GatewayEndpointOtherRegion, at, endpoint.Id.Value, endpoint.ServiceName, vpc.Id.Value, vpc.Region);
        }
    }

    /// <summary>E1: an interface endpoint has at most one network interface, so one subnet, per availability zone.</summary>
    private void CheckOneSubnetPerZone(VpcEndpoint endpoint)
    {
        var byZone = new Dictionary<string, SubnetId>(StringComparer.Ordinal);
        foreach (var id in endpoint.Subnets.Distinct())
        {
            if (!_subnets.TryGetValue(id, out var subnet) || subnet.AvailabilityZone is not { } zone) continue;
            if (byZone.TryGetValue(zone, out var first)) Report(EndpointSubnetsSameZone, endpoint.Location, endpoint.Id.Value, first.Value, id.Value, zone);
            else byZone[zone] = id;
        }
    }

    private void CheckPeerings()
    {
        foreach (var pcx in _t.VpcPeeringConnections)
        {
            ResolveVpc(pcx.RequesterVpc, pcx.Location);
            if (pcx.AccepterRegion is null) ResolveVpc(pcx.AccepterVpc, pcx.Location);
        }
    }

    private void CheckSecurityGroups()
    {
        foreach (var group in _t.SecurityGroups)
        {
            ResolveVpc(group.Vpc, group.Location);
            foreach (var rule in group.Ingress.Concat(group.Egress))
            {
                var at = rule.Location.IsNone ? group.Location : rule.Location;
                switch (rule.Peer.Kind)
                {
                    case RulePeerKind.SecurityGroup: Resolve(_groups, new SecurityGroupId(rule.Peer.Id), "security group", at, out _); break;
                    case RulePeerKind.PrefixList:
                        if (!_prefixLists.ContainsKey(new PrefixListId(rule.Peer.Id))) Report(MissingPrefixList, at, rule.Peer.Id);
                        break;
                }
            }
        }
    }

    private void CheckNetworkAcls()
    {
        var defaultByVpc = new Dictionary<VpcId, NetworkAcl>();
        foreach (var acl in _t.NetworkAcls)
        {
            ResolveVpc(acl.Vpc, acl.Location);
            if (acl.IsDefault)
            {
                if (defaultByVpc.TryGetValue(acl.Vpc, out var first))
                    Report(TwoDefaultNetworkAcls, acl.Location, acl.Vpc.Value, first.Id.Value, acl.Id.Value);
                else
                    defaultByVpc[acl.Vpc] = acl;
            }
            CheckRuleNumbers(acl, acl.Ingress, "ingress");
            CheckRuleNumbers(acl, acl.Egress, "egress");
        }
    }

    /// <summary>F2: rule numbers order the rules, so each number appears once per direction.</summary>
    private void CheckRuleNumbers(NetworkAcl acl, IEnumerable<NetworkAclEntry> entries, string direction)
    {
        var seen = new HashSet<int>();
        foreach (var entry in entries)
            if (!seen.Add(entry.RuleNumber))
                Report(DuplicateRuleNumber, entry.Location.IsNone ? acl.Location : entry.Location, acl.Id.Value, direction,
                    entry.RuleNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private void CheckNetworkInterfaces()
    {
        foreach (var eni in _t.NetworkInterfaces)
        {
            VpcId? vpc = null;
            if (Resolve(_subnets, eni.Subnet, "subnet", eni.Location, out var subnet))
            {
                vpc = subnet.Vpc;
                if (!subnet.Cidr.Contains(eni.PrivateIp))
                    Report(IpOutsideSubnet, eni.Location, "network interface", eni.Id.Value, eni.PrivateIp.ToString(), subnet.Id.Value, subnet.Cidr.ToString());
            }
            CheckGroups(eni.SecurityGroups, vpc, eni.Location);
            CheckListedOnce(eni.SecurityGroups, "network interface", eni.Id.Value, "security group", id => $"'{id}'", eni.Location);
            CheckPublicAddress(eni.PublicIp, "network interface", eni.Id.Value, "public IP", eni.Location);
        }
    }

    /// <summary>
    /// PS3025: AWS reserves the first four addresses of a subnet and its last, so no interface or NAT gateway has one.
    /// PS3024: an address belongs to one interface per VPC (a NAT gateway's is its interface's); the model could not
    /// tell which of two owners a packet reaches. The second owner is reported (NAT gateways come before interfaces).
    /// </summary>
    private void CheckPrivateAddresses()
    {
        var owners = new Dictionary<(VpcId, Ipv4Address), (string Kind, string Id)>();
        var addressed = _t.NatGateways.Where(n => n.PrivateIp is not null)
            .Select(n => (Kind: "NAT gateway", Id: n.Id.Value, Subnet: n.Subnet, Ip: n.PrivateIp!.Value, At: n.Location))
            .Concat(_t.NetworkInterfaces.Select(i => (Kind: "network interface", Id: i.Id.Value, Subnet: i.Subnet, Ip: i.PrivateIp, At: i.Location)));
        foreach (var (kind, id, subnetId, ip, at) in addressed)
        {
            if (!_subnets.TryGetValue(subnetId, out var subnet) || !subnet.Cidr.Contains(ip)) continue;   // PS3002 / PS3012 already
            uint offset = ip.Value - subnet.Cidr.First.Value;
            if (offset <= 3 || ip == subnet.Cidr.Last)
            {
                Report(ReservedPrivateIp, at, kind, id, ip.ToString(), subnet.Id.Value, subnet.Cidr.ToString());
                continue;
            }
            if (owners.TryGetValue((subnet.Vpc, ip), out var first))
                Report(DuplicatePrivateIp, at, kind, id, ip.ToString(), first.Kind, first.Id, subnet.Vpc.Value);
            else
                owners[(subnet.Vpc, ip)] = (kind, id);
        }
    }

    private void CheckClusters()
    {
        foreach (var cluster in _t.RedshiftClusters)
        {
            var at = cluster.Location;
            // A cluster subnet group holds at least one subnet, each once (CreateClusterSubnetGroup).
            if (cluster.Subnets.IsEmpty) Report(ClusterWithoutSubnets, at, cluster.Id.Value);
            CheckListedOnce(cluster.Subnets, "Redshift cluster", cluster.Id.Value, "subnet", id => $"'{id}'", at);
            CheckListedOnce(cluster.SecurityGroups, "Redshift cluster", cluster.Id.Value, "security group", id => $"'{id}'", at);
            CheckPublicAddress(cluster.ElasticIp, "Redshift cluster", cluster.Id.Value, "Elastic IP", at);
            // RS2: the model gives the cluster's interfaces its Elastic IP only when it is publicly accessible; say so either way.
            if (cluster.ElasticIp is { } eip && !cluster.PubliclyAccessible)
                Report(ElasticIpOnPrivateCluster, at, cluster.Id.Value, eip.ToString());
            if (cluster.PubliclyAccessible && cluster.ElasticIp is null
                && !cluster.NetworkInterfaces.Any(id => _enis.TryGetValue(id, out var nic) && nic.PublicIp is not null))
                Report(PublicClusterWithoutElasticIp, at, cluster.Id.Value);
            VpcId? vpc = null;
            foreach (var id in cluster.Subnets)
            {
                if (!Resolve(_subnets, id, "subnet", at, out var subnet)) continue;
                // A cluster subnet group lies in one VPC.
                if (vpc is { } first) RequireSameVpc("subnet", id.Value, subnet.Vpc, first, at);
                else vpc = subnet.Vpc;
            }
            CheckGroups(cluster.SecurityGroups, vpc, at);
            foreach (var eni in cluster.NetworkInterfaces) Resolve(_enis, eni, "network interface", at, out _);
        }
    }
}
