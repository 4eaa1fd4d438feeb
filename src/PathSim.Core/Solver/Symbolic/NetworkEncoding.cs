using System.Collections.Immutable;
using PathSim.Addressing;
using PathSim.Network;
using PathSim.Services;
using PathSim.Solver.Symbolic.PacketSets;
using PathSim.Topology;

namespace PathSim.Solver.Symbolic;

/// <summary>
/// The network model's filters and tables as packet sets, built lazily and cached per component: route
/// partitions (R1) as one destination set per winning route, network ACLs (F2) as the disjoint pieces
/// each entry decides, security groups (F1) as the union of their rules, service address spaces.
/// Uses the model's compiled data (the same partitions and sorted entries the tracer reads).
/// </summary>
internal sealed class NetworkEncoding
{
    private readonly NetworkModel _model;
    private readonly PacketSpace _space;
    private readonly Dictionary<RouteTableId, ImmutableArray<(CompiledRoute? Route, PacketSet Destinations)>> _routes = [];
    private readonly Dictionary<(NetworkAclId, TrafficDirection, bool), ImmutableArray<AclPiece>> _acls = [];
    private readonly Dictionary<(NetworkInterfaceId, TrafficDirection), PacketSet> _groups = [];
    private readonly Dictionary<Ipv4PrefixSet, PacketSet> _addressSets = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<RouteTableId, ImmutableArray<(CompiledRoute? Route, PacketSet Sources)>> _routesBySource = [];
    private readonly Dictionary<(VpcId, PacketField), PacketSet> _vpcs = [];
    private readonly Dictionary<string, PacketSet> _servicesByName = [];
    private ImmutableArray<(RegionalService Service, PacketSet Destinations)>? _services;
    private PacketSet? _notPublic;
    private PacketSet? _inbound;

    private static readonly object NoRoute = new();

    public NetworkEncoding(NetworkModel model, PacketSpace space)
    {
        _model = model;
        _space = space;
    }

    /// <summary>One entry's share of an ACL: the packets it decides (first match, F2), or the implicit deny when Entry is null.</summary>
    public sealed record AclPiece(NetworkAclEntry? Entry, bool Allows, PacketSet Packets)
    {
        /// <summary><c>ingress 100 allow tcp 443 0.0.0.0/0</c>, or the implicit final deny, as the tracer prints it.</summary>
        public string Text(TrafficDirection direction) =>
            $"{direction.ToString().ToLowerInvariant()} {Entry?.ToString() ?? "* deny all 0.0.0.0/0 (implicit)"}";
    }

    /// <summary>The table's partition grouped by winning route; a null route is "no route". Disjoint, covering every destination.</summary>
    public ImmutableArray<(CompiledRoute? Route, PacketSet Destinations)> Routes(CompiledRouteTable table)
    {
        if (_routes.TryGetValue(table.Id, out var known)) return known;
        var groups = table.Partition.GroupBy(i => (object?)i.Route ?? NoRoute, ReferenceEqualityComparer.Instance);
        var result = groups
            .Select(g => (g.First().Route, _space.DestinationIn(g.Select(i => i.Range))))
            .ToImmutableArray();
        _routes[table.Id] = result;
        return result;
    }

    /// <summary>The same partition on the source field: a reply's route lookup is on the forward source.</summary>
    public ImmutableArray<(CompiledRoute? Route, PacketSet Sources)> RoutesBySource(CompiledRouteTable table)
    {
        if (_routesBySource.TryGetValue(table.Id, out var known)) return known;
        var result = Routes(table).Select(r => (r.Route, _space.Reverse(r.Destinations))).ToImmutableArray();
        _routesBySource[table.Id] = result;
        return result;
    }

    /// <summary>The VPC's CIDRs in an address field.</summary>
    public PacketSet VpcAddresses(VpcId vpc, PacketField field)
    {
        if (_vpcs.TryGetValue((vpc, field), out var known)) return known;
        var cidrs = _model.FindVpc(vpc)?.Cidrs.AsImmutableArray() ?? [];
        var set = Addresses(Ipv4PrefixSet.Create(cidrs), field);
        _vpcs[(vpc, field)] = set;
        return set;
    }

    /// <summary>Destinations the internet does not route (RFC 1918, shared, loopback, link-local, reserved; G1).</summary>
    public PacketSet NotPublic(PacketField field)
    {
        _notPublic ??= Addresses(InternetGatewayRules.NotPubliclyRoutable, PacketField.Destination);
        return field == PacketField.Destination ? _notPublic.Value : _space.Reverse(_notPublic.Value);
    }

    /// <summary>
    /// Destinations that are the public IP of a modelled interface other than a NAT gateway's (the one
    /// <see cref="NetworkModel.InterfaceWithPublicIp"/> returns): the internet delivers them through that
    /// interface's VPC's IGW (G1). A NAT gateway's EIP accepts no unsolicited traffic and stays "internet".
    /// </summary>
    public PacketSet InboundAddresses()
    {
        _inbound ??= _space.DestinationIn(_model.Interfaces
            .Where(i => i.PublicIp is { } pub && _model.InterfaceWithPublicIp(pub) == i && i.Kind != NetworkInterfaceKind.NatGateway)
            .Select(i => new Ipv4Range(i.PublicIp!.Value, i.PublicIp.Value)));
        return _inbound.Value;
    }

    /// <summary>
    /// The ACL's decision pieces for packets crossing in <paramref name="direction"/>; with
    /// <paramref name="reply"/> the pieces are in the coordinates of the forward packet whose reply crosses
    /// (the reply's source is the forward destination, its destination port the forward source port).
    /// </summary>
    public ImmutableArray<AclPiece> Acl(CompiledNetworkAcl acl, TrafficDirection direction, bool reply)
    {
        if (_acls.TryGetValue((acl.Id, direction, reply), out var known)) return known;
        // F2: the peer CIDR is the source on ingress and the destination on egress; port ranges name the destination port.
        bool peerIsSource = direction == TrafficDirection.Ingress;
        if (reply) peerIsSource = !peerIsSource;
        var portField = reply ? PacketField.SourcePort : PacketField.DestinationPort;
        var pieces = ImmutableArray.CreateBuilder<AclPiece>();
        var remaining = _space.All;
        foreach (var entry in acl.Entries(direction))
        {
            var match = _space.Protocol(entry.Protocol)
                & (peerIsSource ? _space.SourceIn(entry.Cidr) : _space.DestinationIn(entry.Cidr));
            if (entry.Protocol.HasPorts)
                match &= _space.FieldRange(portField, entry.Ports.From, entry.Ports.To);
            var decided = match & remaining;
            if (decided.IsEmpty) continue;
            pieces.Add(new AclPiece(entry, entry.Action == NetworkAclAction.Allow, decided));
            remaining -= decided;
        }
        if (!remaining.IsEmpty) pieces.Add(new AclPiece(null, false, remaining));
        var result = pieces.ToImmutable();
        _acls[(acl.Id, direction, reply)] = result;
        return result;
    }

    /// <summary>The packets some rule of some group on the interface allows in that direction (F1).</summary>
    public PacketSet SecurityGroups(CompiledInterface nic, TrafficDirection direction)
    {
        if (_groups.TryGetValue((nic.Id, direction), out var known)) return known;
        var allowed = _space.Empty;
        foreach (var group in _model.SecurityGroupsOf(nic))
            foreach (var rule in group.Rules(direction))
            {
                var peers = Addresses(rule.PeerAddresses, direction == TrafficDirection.Ingress ? PacketField.Source : PacketField.Destination);
                var match = _space.Protocol(rule.Protocol) & peers;
                if (rule.Protocol.HasPorts) match &= _space.DestinationPorts(rule.Ports);
                allowed |= match;
            }
        _groups[(nic.Id, direction)] = allowed;
        return allowed;
    }

    /// <summary>The addresses of a set in the given address field.</summary>
    public PacketSet Addresses(Ipv4PrefixSet addresses, PacketField field)
    {
        if (field == PacketField.Destination && _addressSets.TryGetValue(addresses, out var known)) return known;
        var set = field == PacketField.Destination ? _space.DestinationIn(addresses.Ranges) : _space.SourceIn(addresses.Ranges);
        if (field == PacketField.Destination) _addressSets[addresses] = set;
        return set;
    }

    /// <summary>Destinations owned by a service with this short name (s3, dynamodb) in any region, uncarved.</summary>
    public PacketSet ServiceNamed(string? name)
    {
        if (name is null) return _space.Empty;
        if (_servicesByName.TryGetValue(name, out var known)) return known;
        var set = _space.Empty;
        foreach (var service in OwningServices().Where(s => s.Service == name))
            set |= Addresses(OwnedAddresses(service), PacketField.Destination);
        _servicesByName[name] = set;
        return set;
    }

    /// <summary>
    /// The services that own addresses by their own ranges, as <see cref="ServiceAddressCatalog.ServicesAt"/>
    /// decides it (overriding prefix lists, then the S3 and DynamoDB classes), carved so that each
    /// destination belongs to the first service in sorted order, as the tracer picks it.
    /// </summary>
    public ImmutableArray<(RegionalService Service, PacketSet Destinations)> Services()
    {
        if (_services is { } known) return known;
        var result = ImmutableArray.CreateBuilder<(RegionalService, PacketSet)>();
        var taken = _space.Empty;
        foreach (var service in OwningServices())
        {
            var set = Addresses(OwnedAddresses(service), PacketField.Destination) - taken;
            if (set.IsEmpty) continue;
            result.Add((service, set));
            taken |= set;
        }
        _services = result.ToImmutable();
        return _services.Value;
    }

    // The universe of ServiceAddressCatalog.ServicesAt: every overriding prefix list's service, and the
    // S3 and DynamoDB classes of every region; sorted, since the tracer takes the first.
    private SortedSet<RegionalService> OwningServices()
    {
        var services = new SortedSet<RegionalService>();
        foreach (var region in _model.ServiceAddresses.Regions)
        {
            services.Add(new RegionalService(ServiceAddressClass.S3, region));
            services.Add(new RegionalService(ServiceAddressClass.DynamoDb, region));
        }
        foreach (var list in _model.Topology.PrefixLists)
            if (RegionalService.FromEndpointServiceName(list.Name) is { } service) services.Add(service);
        return services;
    }

    private Ipv4PrefixSet OwnedAddresses(RegionalService service) =>
        _model.ServiceAddresses.OverridingPrefixList(service) is { } list
            ? Ipv4PrefixSet.Create(list.Cidrs)
            : _model.ServiceAddresses.ClassAddresses(service.Region, ServiceAddressClass.ForService(service.Service));
}
