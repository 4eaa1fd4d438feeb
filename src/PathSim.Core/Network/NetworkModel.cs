using System.Collections.Immutable;
using PathSim.Addressing;
using PathSim.Diagnostics;
using PathSim.Network.Compilation;
using PathSim.Services;
using PathSim.Topology;

namespace PathSim.Network;

/// <summary>
/// A topology compiled once into what both engines walk: indexes by id, each subnet's effective route
/// table (R3) and network ACL, route tables as LPM partitions (R1–R6), security groups with resolved
/// peers (F1), every interface that takes part (declared, endpoint E1, cluster node RS8, NAT gateway G2),
/// the service address spaces, and the component dependency graph. Immutable; build a new one per topology.
/// </summary>
public sealed class NetworkModel
{
    private readonly Dictionary<VpcId, Vpc> _vpcs;
    private readonly Dictionary<SubnetId, Subnet> _subnets;
    private readonly Dictionary<PrefixListId, PrefixList> _prefixLists;
    private readonly Dictionary<InternetGatewayId, InternetGateway> _internetGateways;
    private readonly Dictionary<VpcPeeringConnectionId, VpcPeeringConnection> _peerings;
    private readonly Dictionary<NatGatewayId, CompiledNatGateway> _natGateways;
    private readonly Dictionary<VpcEndpointId, CompiledVpcEndpoint> _endpoints;
    private readonly Dictionary<NetworkInterfaceId, CompiledInterface> _interfaces;
    private readonly Dictionary<(VpcId, Ipv4Address), CompiledInterface> _interfacesByPrivateIp;
    private readonly Dictionary<Ipv4Address, CompiledInterface> _interfacesByPublicIp;
    private readonly Dictionary<SubnetId, ImmutableArray<CompiledInterface>> _addressOwnersBySubnet;
    private readonly Dictionary<SecurityGroupId, CompiledSecurityGroup> _securityGroups;

    /// <summary>Each interface's compiled groups, resolved once: the tracer asks at every filter hop.</summary>
    private readonly Dictionary<NetworkInterfaceId, (ImmutableArray<SecurityGroupId> Ids, ImmutableArray<CompiledSecurityGroup> Groups)> _groupsOfInterface = [];
    private readonly Dictionary<RouteTableId, CompiledRouteTable> _routeTables;
    private readonly Dictionary<SubnetId, CompiledRouteTable> _routeTableBySubnet;
    private readonly Dictionary<NetworkAclId, CompiledNetworkAcl> _acls;
    private readonly Dictionary<SubnetId, CompiledNetworkAcl> _aclBySubnet;
    private readonly Dictionary<VpcId, ImmutableArray<Subnet>> _subnetsByVpc;
    private readonly Dictionary<VpcId, ImmutableArray<CompiledRouteTable>> _routeTablesByVpc;
    private readonly Dictionary<VpcId, ImmutableArray<CompiledNetworkAcl>> _aclsByVpc;
    private readonly Dictionary<VpcId, ImmutableArray<CompiledVpcEndpoint>> _endpointsByVpc;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Lazy<ComponentGraph> _components;

    private NetworkModel(NetworkTopology topology, ServiceAddressCatalog catalog)
    {
        Topology = topology;
        _vpcs = topology.Vpcs.DistinctBy(v => v.Id).ToDictionary(v => v.Id);
        _subnets = topology.Subnets.DistinctBy(s => s.Id).ToDictionary(s => s.Id);
        _prefixLists = topology.PrefixLists.DistinctBy(p => p.Id).ToDictionary(p => p.Id);
        _internetGateways = topology.InternetGateways.DistinctBy(g => g.Id).ToDictionary(g => g.Id);
        _peerings = topology.VpcPeeringConnections.DistinctBy(p => p.Id).ToDictionary(p => p.Id);
        _subnetsByVpc = _subnets.Values.GroupBy(s => s.Vpc)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Cidr).ToImmutableArray());
        ServiceAddresses = catalog.WithPrefixLists(topology.PrefixLists);

        // Interfaces: declared ones first (their addresses are taken), then NAT gateways, interface
        // endpoints and cluster nodes in topology order, so synthesized addresses are deterministic.
        var allocator = new PrivateAddressAllocator();
        Subnet? FindSubnetOrNull(SubnetId id) => _subnets.GetValueOrDefault(id);
        var declared = new Dictionary<NetworkInterfaceId, CompiledInterface>();
        foreach (var nic in topology.NetworkInterfaces)
            if (NetworkInterfaceCompilation.Compile(nic, FindSubnetOrNull, allocator) is { } compiled) declared.TryAdd(nic.Id, compiled);
        foreach (var nat in topology.NatGateways) NatGatewayCompilation.Reserve(nat, allocator);

        _interfaces = new Dictionary<NetworkInterfaceId, CompiledInterface>(declared);
        _natGateways = [];
        foreach (var nat in topology.NatGateways)
            if (!_natGateways.ContainsKey(nat.Id) && NatGatewayCompilation.Compile(nat, FindSubnetOrNull, allocator) is { } compiled)
            {
                _natGateways[nat.Id] = compiled;
                _interfaces[compiled.Interface.Id] = compiled.Interface;
            }
        _endpoints = [];
        foreach (var endpoint in topology.VpcEndpoints)
        {
            if (_endpoints.ContainsKey(endpoint.Id)) continue;
            var compiled = VpcEndpointCompilation.Compile(endpoint, ServiceAddresses, declared, FindSubnetOrNull, allocator);
            _endpoints[endpoint.Id] = compiled;
            foreach (var nic in compiled.Interfaces) _interfaces[nic.Id] = nic;
        }
        var clusterInterfaces = ImmutableDictionary.CreateBuilder<RedshiftClusterId, ImmutableArray<CompiledInterface>>();
        foreach (var cluster in topology.RedshiftClusters)
        {
            if (clusterInterfaces.ContainsKey(cluster.Id)) continue;
            var nodes = RedshiftClusterCompilation.PlaceNodes(cluster, declared, FindSubnetOrNull, allocator);
            clusterInterfaces[cluster.Id] = nodes;
            foreach (var nic in nodes) _interfaces[nic.Id] = nic;
        }
        ClusterInterfaces = clusterInterfaces.ToImmutable();
        Interfaces = [.. _interfaces.Values.OrderBy(i => i.Id)];
        _interfacesByPrivateIp = [];
        _interfacesByPublicIp = [];
        foreach (var nic in Interfaces)
        {
            _interfacesByPrivateIp.TryAdd((nic.Vpc, nic.PrivateIp), nic);
            if (nic.PublicIp is { } pub) _interfacesByPublicIp.TryAdd(pub, nic);
        }
        // R2: the interface that owns an address is the one InterfaceAt returns (first by id); per subnet, by address.
        _addressOwnersBySubnet = Interfaces.Where(i => _interfacesByPrivateIp[(i.Vpc, i.PrivateIp)] == i)
            .GroupBy(i => i.Subnet)
            .ToDictionary(g => g.Key, g => g.OrderBy(i => i.PrivateIp).ToImmutableArray());

        // Security groups: group references resolve to the private IPs of interfaces that carry the group (F1).
        var byGroup = Interfaces.SelectMany(i => i.SecurityGroups.Select(g => (g, i))).ToLookup(x => x.g, x => x.i);
        _securityGroups = topology.SecurityGroups.DistinctBy(g => g.Id)
            .ToDictionary(g => g.Id, g => SecurityGroupCompilation.Compile(g, FindPrefixList, byGroup));
        foreach (var nic in Interfaces) _groupsOfInterface[nic.Id] = (nic.SecurityGroups, ResolveGroups(nic.SecurityGroups));

        // Route tables (R2–R6), then each subnet's effective table (R3).
        var gatewayEndpointsByVpc = _endpoints.Values.Where(e => e.Type == VpcEndpointType.Gateway).ToLookup(e => e.Vpc);
        _routeTables = [];
        foreach (var table in topology.RouteTables.DistinctBy(t => t.Id))
            _routeTables[table.Id] = RouteTableCompilation.Compile(table, _vpcs.GetValueOrDefault(table.Vpc), isImplicit: false,
                [.. gatewayEndpointsByVpc[table.Vpc]], TargetExists, ServiceAddresses, FindPrefixList, _diagnostics);
        // The first main table of each VPC in one pass (a search per VPC was O(VPCs x tables)).
        var mainByVpc = new Dictionary<VpcId, CompiledRouteTable>();
        foreach (var table in _routeTables.Values)
            if (table.IsMain && _vpcs.ContainsKey(table.Vpc)) mainByVpc.TryAdd(table.Vpc, table);
        foreach (var vpc in _vpcs.Values)
        {
            if (!mainByVpc.TryGetValue(vpc.Id, out var main))
            {
                main = RouteTableCompilation.ImplicitMain(vpc);
                _routeTables[main.Id] = main;
            }
            mainByVpc[vpc.Id] = main;
        }
        _routeTableBySubnet = [];
        foreach (var subnet in _subnets.Values)
        {
            if (subnet.RouteTable is { } explicitId && _routeTables.TryGetValue(explicitId, out var explicitTable))
                _routeTableBySubnet[subnet.Id] = explicitTable;
            else if (mainByVpc.TryGetValue(subnet.Vpc, out var main))
                _routeTableBySubnet[subnet.Id] = main;
        }

        // Network ACLs (F2): explicit association, else the VPC's default, else an implicit allow-all default.
        _acls = topology.NetworkAcls.DistinctBy(a => a.Id).ToDictionary(a => a.Id, NetworkAclCompilation.Compile);
        var defaultAclByVpc = new Dictionary<VpcId, CompiledNetworkAcl>();
        foreach (var acl in _acls.Values)
            if (acl.IsDefault && _vpcs.ContainsKey(acl.Vpc)) defaultAclByVpc.TryAdd(acl.Vpc, acl);
        foreach (var vpc in _vpcs.Values)
        {
            if (!defaultAclByVpc.TryGetValue(vpc.Id, out var acl))
            {
                acl = NetworkAclCompilation.ImplicitDefault(vpc);
                _acls[acl.Id] = acl;
            }
            defaultAclByVpc[vpc.Id] = acl;
        }
        _aclBySubnet = [];
        foreach (var subnet in _subnets.Values)
        {
            if (subnet.NetworkAcl is { } explicitId && _acls.TryGetValue(explicitId, out var explicitAcl))
                _aclBySubnet[subnet.Id] = explicitAcl;
            else if (defaultAclByVpc.TryGetValue(subnet.Vpc, out var acl))
                _aclBySubnet[subnet.Id] = acl;
        }

        // Per-VPC views, built once: the solvers ask for them per query (sorting every table per query
        // made the Redshift check quadratic in the organisation's size).
        _routeTablesByVpc = _routeTables.Values.GroupBy(t => t.Vpc).ToDictionary(g => g.Key, g => g.OrderBy(t => t.Id).ToImmutableArray());
        _aclsByVpc = _acls.Values.GroupBy(a => a.Vpc).ToDictionary(g => g.Key, g => g.OrderBy(a => a.Id).ToImmutableArray());
        _endpointsByVpc = _endpoints.Values.GroupBy(e => e.Vpc).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Id).ToImmutableArray());

        _components = new Lazy<ComponentGraph>(() => ComponentGraphCompilation.Build(this), LazyThreadSafetyMode.ExecutionAndPublication);
        Diagnostics = [.. _diagnostics];
    }

    /// <summary>Compiles <paramref name="topology"/>. Never throws for inconsistent input: missing references are skipped and reported in <see cref="Diagnostics"/> where the model notices them.</summary>
    public static NetworkModel Build(NetworkTopology topology, ServiceAddressCatalog? catalog = null) =>
        new(topology, catalog ?? ServiceAddressCatalog.BuiltIn);

    public NetworkTopology Topology { get; }

    /// <summary>The built-in service ranges with the topology's <c>com.amazonaws.REGION.SERVICE</c> prefix lists applied.</summary>
    public ServiceAddressCatalog ServiceAddresses { get; }

    /// <summary>Problems the compilation noticed (e.g. PS3011, a written endpoint route that disagrees).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Every interface, by id.</summary>
    public ImmutableArray<CompiledInterface> Interfaces { get; }

    /// <summary>Each cluster's node interfaces, one per subnet of its subnet group, in subnet-group order (RS8).</summary>
    public ImmutableDictionary<RedshiftClusterId, ImmutableArray<CompiledInterface>> ClusterInterfaces { get; }

    /// <summary>
    /// What depends on what, for what-if's affected-subnet analysis. Built on first use: <c>check</c>,
    /// <c>trace</c> and <c>reach</c> never read it, and it was ~15% of building the model at M.
    /// </summary>
    public ComponentGraph Components => _components.Value;

    public IEnumerable<CompiledRouteTable> RouteTables => _routeTables.Values.OrderBy(t => t.Id);
    public IEnumerable<CompiledNetworkAcl> NetworkAcls => _acls.Values.OrderBy(a => a.Id);

    /// <summary>The route tables of one VPC (including an implicit main table), ordered by id.</summary>
    public ImmutableArray<CompiledRouteTable> RouteTablesOf(VpcId vpc) => _routeTablesByVpc.GetValueOrDefault(vpc, []);

    /// <summary>The network ACLs of one VPC (including an implicit default ACL), ordered by id.</summary>
    public ImmutableArray<CompiledNetworkAcl> NetworkAclsOf(VpcId vpc) => _aclsByVpc.GetValueOrDefault(vpc, []);

    /// <summary>The VPC endpoints of one VPC, ordered by id.</summary>
    public ImmutableArray<CompiledVpcEndpoint> VpcEndpointsOf(VpcId vpc) => _endpointsByVpc.GetValueOrDefault(vpc, []);
    public IEnumerable<CompiledSecurityGroup> SecurityGroups => _securityGroups.Values.OrderBy(g => g.Id);
    public IEnumerable<CompiledNatGateway> NatGateways => _natGateways.Values.OrderBy(n => n.Id);
    public IEnumerable<CompiledVpcEndpoint> VpcEndpoints => _endpoints.Values.OrderBy(e => e.Id);

    public Vpc? FindVpc(VpcId id) => _vpcs.GetValueOrDefault(id);
    public Subnet? FindSubnet(SubnetId id) => _subnets.GetValueOrDefault(id);
    public PrefixList? FindPrefixList(PrefixListId id) => _prefixLists.GetValueOrDefault(id);
    public InternetGateway? FindInternetGateway(InternetGatewayId id) => _internetGateways.GetValueOrDefault(id);
    public VpcPeeringConnection? FindPeering(VpcPeeringConnectionId id) => _peerings.GetValueOrDefault(id);
    public CompiledNatGateway? FindNatGateway(NatGatewayId id) => _natGateways.GetValueOrDefault(id);
    public CompiledVpcEndpoint? FindVpcEndpoint(VpcEndpointId id) => _endpoints.GetValueOrDefault(id);
    public CompiledInterface? FindInterface(NetworkInterfaceId id) => _interfaces.GetValueOrDefault(id);
    public CompiledSecurityGroup? FindSecurityGroup(SecurityGroupId id) => _securityGroups.GetValueOrDefault(id);
    public CompiledRouteTable? FindRouteTable(RouteTableId id) => _routeTables.GetValueOrDefault(id);
    public CompiledNetworkAcl? FindNetworkAcl(NetworkAclId id) => _acls.GetValueOrDefault(id);

    /// <summary>The subnet's effective route table: its explicit association, else the VPC's main (or implicit local-only main) table (R3). Null only for a subnet whose VPC is missing.</summary>
    public CompiledRouteTable? RouteTableFor(SubnetId subnet) => _routeTableBySubnet.GetValueOrDefault(subnet);

    /// <summary>The subnet's effective network ACL: its explicit association, else the VPC's default (or implicit allow-all) ACL.</summary>
    public CompiledNetworkAcl? NetworkAclFor(SubnetId subnet) => _aclBySubnet.GetValueOrDefault(subnet);

    /// <summary>The VPC's subnets sorted by CIDR.</summary>
    public ImmutableArray<Subnet> SubnetsOf(VpcId vpc) => _subnetsByVpc.GetValueOrDefault(vpc, []);

    /// <summary>The subnet of <paramref name="vpc"/> whose CIDR contains <paramref name="address"/> (subnets do not overlap).</summary>
    public Subnet? SubnetContaining(VpcId vpc, Ipv4Address address)
    {
        var subnets = SubnetsOf(vpc);
        int lo = 0, hi = subnets.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var cidr = subnets[mid].Cidr;
            if (address < cidr.First) hi = mid - 1;
            else if (address > cidr.Last) lo = mid + 1;
            else return subnets[mid];
        }
        return null;
    }

    /// <summary>Whether the address is inside one of the VPC's CIDRs.</summary>
    public bool VpcContains(VpcId vpc, Ipv4Address address) => FindVpc(vpc)?.Cidrs.Any(c => c.Contains(address)) ?? false;

    /// <summary>The interface with this private IP in this VPC.</summary>
    public CompiledInterface? InterfaceAt(VpcId vpc, Ipv4Address privateIp) => _interfacesByPrivateIp.GetValueOrDefault((vpc, privateIp));

    /// <summary>Interfaces with this private IP in any VPC (private addresses may repeat across VPCs).</summary>
    public IEnumerable<CompiledInterface> InterfacesWithPrivateIp(Ipv4Address privateIp) => Interfaces.Where(i => i.PrivateIp == privateIp);

    /// <summary>
    /// The subnet's interfaces that own their private IP (the ones <see cref="InterfaceAt"/> returns),
    /// sorted by address: where local delivery (R2) ends. Built once with the model.
    /// </summary>
    public ImmutableArray<CompiledInterface> AddressOwnersIn(SubnetId subnet) => _addressOwnersBySubnet.GetValueOrDefault(subnet, []);

    /// <summary>The interface whose public IP or Elastic IP this is.</summary>
    public CompiledInterface? InterfaceWithPublicIp(Ipv4Address publicIp) => _interfacesByPublicIp.GetValueOrDefault(publicIp);

    public ImmutableArray<CompiledInterface> InterfacesOf(RedshiftClusterId cluster) => ClusterInterfaces.GetValueOrDefault(cluster, []);
    public ImmutableArray<CompiledInterface> InterfacesOf(VpcEndpointId endpoint) => FindVpcEndpoint(endpoint)?.Interfaces ?? [];
    public ImmutableArray<CompiledInterface> InterfacesOf(InstanceId instance) => [.. Interfaces.Where(i => i.Instance == instance)];

    /// <summary>The compiled groups of an interface, in its order (missing groups are skipped).</summary>
    public ImmutableArray<CompiledSecurityGroup> SecurityGroupsOf(CompiledInterface nic) =>
        // The cached list only if it was made from this very list of ids (an interface built elsewhere may share the id).
        _groupsOfInterface.TryGetValue(nic.Id, out var cached) && cached.Ids == nic.SecurityGroups ? cached.Groups : ResolveGroups(nic.SecurityGroups);

    private ImmutableArray<CompiledSecurityGroup> ResolveGroups(ImmutableArray<SecurityGroupId> ids) =>
        [.. ids.Select(FindSecurityGroup).OfType<CompiledSecurityGroup>()];

    /// <summary>The VPC on the other side of a peering connection from <paramref name="vpc"/>, or null when it is not a side.</summary>
    public VpcId? PeerOf(VpcPeeringConnection peering, VpcId vpc) =>
        peering.RequesterVpc == vpc ? peering.AccepterVpc : peering.AccepterVpc == vpc ? peering.RequesterVpc : null;

    /// <summary>Shortcut for <see cref="ComponentGraph.AffectedSubnets(IEnumerable{string}, bool)"/>.</summary>
    public ImmutableSortedSet<SubnetId> AffectedSubnets(IEnumerable<string> changedIds, bool includeIntraVpc = false) =>
        Components.AffectedSubnets(changedIds, includeIntraVpc);

    private bool TargetExists(RouteTarget target) => target.Kind switch
    {
        RouteTargetKind.InternetGateway => _internetGateways.ContainsKey(new InternetGatewayId(target.Id)),
        RouteTargetKind.NatGateway => _natGateways.ContainsKey(new NatGatewayId(target.Id)),
        RouteTargetKind.VpcEndpoint => _endpoints.ContainsKey(new VpcEndpointId(target.Id)),
        RouteTargetKind.VpcPeeringConnection => _peerings.ContainsKey(new VpcPeeringConnectionId(target.Id)),
        // Targets pathsim does not model (tgw-, vgw-, eni-, eigw-) are assumed to exist; the tracer stops there.
        _ => true,
    };
}
