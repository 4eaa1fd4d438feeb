using System.Collections.Immutable;
using PathSim.Addressing;
using PathSim.Network;
using PathSim.Services;
using PathSim.Solver.Symbolic.PacketSets;
using PathSim.Topology;
using PathSim.Traces;

namespace PathSim.Solver.Symbolic;

/// <summary>
/// One run of the symbolic engine from one source: the forward walk, then for every class that arrives
/// its reply walk, both step for step like the tracer's <c>TraceWalk</c>. Every outcome is recorded in
/// the coordinates of the original packets (NAT legs are undone by projection: a NAT gateway only
/// rewrites the source address and port).
/// </summary>
internal sealed class SymbolicWalk
{
    private readonly SymbolicEngine _engine;
    private readonly PacketSpace _space;
    private readonly NetworkModel _model;
    private readonly NetworkEncoding _encoding;
    private readonly CompiledInterface _source;
    private readonly PortRange _clientPorts;
    private readonly RegionalService? _expectedService;
    private readonly PacketSet _withPorts;
    private readonly Dictionary<ReachOutcome, PacketSet> _classes = [];
    private readonly List<ReachOutcome> _order = [];
    private readonly List<(int Piece, PacketSet Hit)> _denyingHits = [];   // ReplyAcl's scratch list (it does not nest)

    public SymbolicWalk(SymbolicEngine engine, CompiledInterface source, PortRange clientPorts, RegionalService? expectedService)
    {
        _engine = engine;
        _space = engine.Space;
        _model = engine.Model;
        _encoding = engine.Encoding;
        _source = source;
        _clientPorts = clientPorts;
        _expectedService = expectedService;
        _withPorts = _space.Protocol(IpProtocol.Tcp) | _space.Protocol(IpProtocol.Udp);
    }

    /// <summary>A NAT hop: the gateway and the packets that entered it, in the coordinates before it.</summary>
    private sealed record Leg(CompiledNatGateway Nat, PacketSet Before);

    /// <summary>
    /// A request to the public IP of a modelled interface that entered its VPC through the VPC's IGW (G1):
    /// the packets before the two IGWs rewrote them (source private, destination public), the requester's
    /// VPC the reply comes back into, and the private IP the destination was mapped to.
    /// </summary>
    private sealed record Inbound(PacketSet Before, VpcId ReturnVpc, Ipv4Address Target)
    {
        /// <summary>Packets after the rewrites back to the ones before (both address fields were rewritten to single values).</summary>
        public PacketSet Undo(PacketSet after) => Before & after.Space.Forget(after.Space.Forget(after, PacketField.Source), PacketField.Destination);
    }

    /// <summary>The forward walk's state: NAT legs taken (innermost on top), first exit, route lookups, where it left the VPC, an inbound entry.</summary>
    private sealed record Forward(ImmutableStack<Leg> Legs, string? Via, int Lookups, (VpcId Vpc, ComponentRef Gateway)? Exit, Inbound? In = null);

    /// <summary>
    /// A reply walk's state: the forward class it answers, its original packets, NAT legs still to undo,
    /// partial-port marks, and the inbound entry still to undo (its reply leaves through the destination's IGW).
    /// </summary>
    private sealed record Reply(ReachOutcome Outcome, PacketSet Base, ImmutableStack<Leg> Legs, int Lookups,
        ImmutableList<(ComponentRef At, string Rule, PacketSet Packets)> Partial, Inbound? In = null);

    public IEnumerable<ReachClass> Classes() => _order.Select(o => new ReachClass(o, _classes[o]));

    public void Run(PacketSet packets)
    {
        var state = new Forward(ImmutableStack<Leg>.Empty, null, 0, null);
        packets = HostServices(packets, state);
        var allowed = packets;
        // F1: the sender's security groups check egress (a NAT gateway's interface has none, G2).
        if (_source.Kind != NetworkInterfaceKind.NatGateway)
        {
            allowed = packets & _encoding.SecurityGroups(_source, TrafficDirection.Egress);
            DropSecurityGroups(packets - allowed, _source, TrafficDirection.Egress, state);
        }
        RouteFrom(allowed, _source.Subnet, _source.Vpc, state, afterNat: false);
    }

    // ---- forward ------------------------------------------------------------------------------

    /// <summary>
    /// F4: packets to a service answered on the sender's host (the Amazon DNS server, instance metadata,
    /// Time Sync) meet no route, group or ACL; they are answered on the listed protocol and port, and the
    /// reply returns. Returns the other packets.
    /// </summary>
    private PacketSet HostServices(PacketSet packets, Forward state)
    {
        foreach (var (address, service) in AmazonProvidedService.AddressesFor(_model, _source.Vpc))
        {
            var part = packets & _space.DestinationIs(address);
            if (part.IsEmpty) continue;
            packets -= part;
            var at = new ComponentRef(ComponentKind.HostService, service.Name);
            if (service.NeedsDnsSupport && _model.FindVpc(_source.Vpc) is { EnableDnsSupport: false })
            {
                Drop(part, at, ExplanationCode.DnsAttributesDisabled, null, state);
                continue;
            }
            var answered = _space.Empty;
            foreach (var (protocol, port) in service.ListensOn)
                answered |= _space.Protocol(protocol) & _space.DestinationPorts(new PortRange(port, port));
            Drop(part - answered, at, ExplanationCode.NoListener, null, state);
            Add(new ReachOutcome { Disposition = ReachDisposition.ReachedHostService, Target = service.Name, Reply = ReplyOutcome.Returns }, part & answered);
        }
        return packets;
    }

    // R1: longest prefix match, one branch per winning route.
    private void RouteFrom(PacketSet packets, SubnetId subnet, VpcId vpc, Forward state, bool afterNat)
    {
        if (packets.IsEmpty) return;
        state = state with { Lookups = state.Lookups + 1 };
        if (state.Lookups > SymbolicEngine.Limit)
        {
            Drop(packets, new ComponentRef(ComponentKind.Subnet, subnet.Value), ExplanationCode.RoutingLoop, null, state);
            return;
        }
        if (_model.RouteTableFor(subnet) is not { } table)
        {
            Drop(packets, new ComponentRef(ComponentKind.Subnet, subnet.Value), ExplanationCode.NoRouteToDestination, null, state);
            return;
        }
        var tableRef = new ComponentRef(ComponentKind.RouteTable, table.Id.Value);
        // The partition's groups are disjoint and cover every destination: stop once every packet has its route.
        var unrouted = packets;
        foreach (var (route, destinations) in _encoding.Routes(table))
        {
            if (unrouted.IsEmpty) break;
            var part = unrouted & destinations;
            if (part.IsEmpty) continue;
            unrouted -= part;
            if (route is null)
            {
                // G2: behind a NAT gateway, a public destination without a route means the NAT has no way out.
                var nowhere = afterNat ? part - _encoding.NotPublic(PacketField.Destination) : _space.Empty;
                Drop(nowhere, tableRef, ExplanationCode.NatGatewayHasNoInternetRoute, null, state);
                Drop(part - nowhere, tableRef, ExplanationCode.NoRouteToDestination, null, state);
                continue;
            }
            if (route.IsBlackhole)
            {
                Drop(part, tableRef, ExplanationCode.BadStateRoute, route.Text, state);
                continue;
            }
            if (afterNat && route.Target.Kind == RouteTargetKind.NatGateway)
            {
                // G2: after a NAT gateway, public destinations sent to a NAT gateway again have no internet route.
                var noInternet = part - _encoding.NotPublic(PacketField.Destination);
                Drop(noInternet, tableRef, ExplanationCode.NatGatewayHasNoInternetRoute, route.Text, state);
                part -= noInternet;
                if (part.IsEmpty) continue;
            }
            switch (route.Target.Kind)
            {
                case RouteTargetKind.Local:
                    DeliverInVpc(part, vpc, subnet, state);
                    break;
                case RouteTargetKind.InternetGateway:
                    ToInternetGateway(part, new InternetGatewayId(route.Target.Id), subnet, vpc, state);
                    break;
                case RouteTargetKind.NatGateway:
                    ToNatGateway(part, new NatGatewayId(route.Target.Id), subnet, vpc, route, state);
                    break;
                case RouteTargetKind.VpcEndpoint:
                    ToGatewayEndpoint(part, new VpcEndpointId(route.Target.Id), subnet, vpc, route, state);
                    break;
                case RouteTargetKind.VpcPeeringConnection:
                    ToPeering(part, new VpcPeeringConnectionId(route.Target.Id), subnet, vpc, route, state);
                    break;
                default:
                    Drop(part, new ComponentRef(ComponentKind.UnmodelledTarget, route.Target.Id), ExplanationCode.TargetNotModelled, route.Text, state);
                    break;
            }
        }
    }

    // R2: local delivery to the subnet holding the address; ACLs only when crossing a subnet boundary (F2).
    private void DeliverInVpc(PacketSet packets, VpcId vpc, SubnetId? from, Forward state)
    {
        if (packets.IsEmpty) return;
        var rest = packets;
        foreach (var slot in _engine.DeliveryTable(vpc))
        {
            if (rest.IsEmpty) break;
            var subnet = slot.Subnet;
            if (!_space.MayOverlap(rest, PacketField.Destination, subnet.Cidr.Network.Value, subnet.Cidr.Length)) continue;
            var part = rest & slot.Destinations;
            if (part.IsEmpty) continue;
            rest -= part;
            if (from != subnet.Id)
            {
                if (from is { } f) part = Acl(part, f, TrafficDirection.Egress, state);
                part = Acl(part, subnet.Id, TrafficDirection.Ingress, state);
            }
            var others = part;
            foreach (var owner in slot.Owners)
            {
                if (others.IsEmpty) break;
                if (!_space.MayOverlap(others, PacketField.Destination, owner.Nic.PrivateIp.Value, 32)) continue;
                var mine = others & owner.Destination;
                if (mine.IsEmpty) continue;
                others -= mine;
                ArriveAt(mine, owner.Nic, state);
            }
            Drop(others, new ComponentRef(ComponentKind.Subnet, subnet.Id.Value), ExplanationCode.NoInterfaceAtAddress, null, state);
        }
        Drop(rest, new ComponentRef(ComponentKind.Vpc, vpc.Value), ExplanationCode.NoRouteToDestination, null, state);
    }

    private void ArriveAt(PacketSet packets, CompiledInterface nic, Forward state)
    {
        var nicRef = new ComponentRef(ComponentKind.NetworkInterface, nic.Id.Value);
        if (nic.Kind == NetworkInterfaceKind.VpcEndpoint && nic.Owner is { } owner && _model.FindVpcEndpoint(new VpcEndpointId(owner.Id)) is { } endpoint)
        {
            // E1: an interface endpoint accepts TCP only, through its security groups.
            if (!endpoint.Endpoint.IsAvailable)
            {
                Drop(packets, nicRef, ExplanationCode.EndpointNotAvailable, null, state);
                return;
            }
            var tcp = packets & _space.Protocol(IpProtocol.Tcp);
            Drop(packets - tcp, nicRef, ExplanationCode.VpceInterfaceProtocolRestriction, null, state);
            var admitted = SecurityGroupsIn(tcp, nic, state);
            if (endpoint.Service is not null)
            {
                // E1: an AWS service's interface endpoint answers TCP 443 only.
                var listening = admitted & _space.DestinationPorts(new PortRange(VpcEndpointRules.InterfaceServicePort, VpcEndpointRules.InterfaceServicePort));
                Drop(admitted - listening, nicRef, ExplanationCode.NoListener, null, state);
                admitted = listening;
            }
            var through = state with { Via = state.Via ?? endpoint.Id.Value };
            if (endpoint.Service is { } service)
                Arrived(admitted, ReachDisposition.ReachedService, service.ToString(), nic, through, endpoint.Id.Value);
            else
                Arrived(admitted, ReachDisposition.DeliveredToInterface, nic.Id.Value, nic, through, endpoint.Id.Value);
            return;
        }
        // G2: a NAT gateway's own address accepts no connections.
        if (nic.Kind == NetworkInterfaceKind.NatGateway)
        {
            Drop(packets, nicRef, ExplanationCode.NoListener, null, state);
            return;
        }
        Arrived(SecurityGroupsIn(packets, nic, state), ReachDisposition.DeliveredToInterface, nic.Id.Value, nic, state);
    }

    private PacketSet SecurityGroupsIn(PacketSet packets, CompiledInterface nic, Forward state)
    {
        var admitted = packets & _encoding.SecurityGroups(nic, TrafficDirection.Ingress);
        DropSecurityGroups(packets - admitted, nic, TrafficDirection.Ingress, state);
        return admitted;
    }

    // G1: an attached IGW; a sender with a public address (or a public NAT gateway with an EIP); a public destination.
    // The packets' source is the sender's private IP, or the innermost NAT gateway's after a NAT leg (Reach's precondition).
    private void ToInternetGateway(PacketSet packets, InternetGatewayId id, SubnetId subnet, VpcId vpc, Forward state)
    {
        packets = Acl(packets, subnet, TrafficDirection.Egress, state);
        if (packets.IsEmpty) return;
        var igwRef = new ComponentRef(ComponentKind.InternetGateway, id.Value);
        if (_model.FindInternetGateway(id) is not { } igw || !InternetGatewayRules.IsAttachedTo(igw, vpc))
        {
            Drop(packets, igwRef, ExplanationCode.IgwNotAttached, null, state);
            return;
        }
        Ipv4Address publicSource;
        if (!state.Legs.IsEmpty)
        {
            var nat = state.Legs.Peek().Nat;
            var natRef = new ComponentRef(ComponentKind.NatGateway, nat.Id.Value);
            if (nat.Connectivity == NatGatewayConnectivity.Private)
            {
                Drop(packets, natRef, ExplanationCode.NatGatewayPrivate, null, state);
                return;
            }
            if (nat.ElasticIp is not { } eip)
            {
                Drop(packets, natRef, ExplanationCode.NatGatewayNoElasticIp, null, state);
                return;
            }
            publicSource = eip;
        }
        else if (_model.InterfaceAt(vpc, _source.PrivateIp)?.PublicIp is { } pub)
            publicSource = pub;
        else
        {
            Drop(packets, igwRef, ExplanationCode.IgwPublicIpAssociationForEgress, null, state);
            return;
        }
        var notPublic = packets & _encoding.NotPublic(PacketField.Destination);
        Drop(notPublic, igwRef, ExplanationCode.IgwDestinationNotPublic, null, state);
        ArriveOutside(packets - notPublic, publicSource, state with { Via = state.Via ?? id.Value, Exit = (vpc, igwRef) });
    }

    private void ArriveOutside(PacketSet packets, Ipv4Address publicSource, Forward state)
    {
        var rest = packets;
        // G1: the public IP of a modelled interface (not a NAT gateway's EIP) is entered through its VPC's IGW.
        var inbound = rest & _encoding.InboundAddresses();
        if (!inbound.IsEmpty)
        {
            rest -= inbound;
            while (inbound.Sample() is { } sample)
            {
                var part = inbound & _space.DestinationIs(sample.Destination);
                inbound -= part;
                EnterFromInternet(part, _model.InterfaceWithPublicIp(sample.Destination)!, publicSource, state);
            }
        }
        if (_expectedService is { } expected)
        {
            var part = rest & _encoding.Addresses(_model.ServiceAddresses.Addresses(expected), PacketField.Destination);
            rest -= part;
            Arrived(part, ReachDisposition.ReachedService, expected.ToString(), null, state);
        }
        foreach (var (service, destinations) in _encoding.Services())
        {
            if (rest.IsEmpty) break;
            var part = rest & destinations;
            if (part.IsEmpty) continue;
            rest -= part;
            Arrived(part, ReachDisposition.ReachedService, service.ToString(), null, state);
        }
        Arrived(rest, ReachDisposition.ReachedInternet, "internet", null, state);
    }

    /// <summary>
    /// G1: the packets cross the internet to <paramref name="nic"/>'s public IP and enter its VPC through the
    /// IGW attached there, which maps the destination to the private IP; the source is the sender's public address.
    /// </summary>
    private void EnterFromInternet(PacketSet packets, CompiledInterface nic, Ipv4Address publicSource, Forward state)
    {
        if (_engine.AttachedInternetGateway(nic.Vpc) is null)
        {
            Drop(packets, new ComponentRef(ComponentKind.Vpc, nic.Vpc.Value), ExplanationCode.NoRouteToDestination, null, state);
            return;
        }
        var entered = _space.Rewrite(_space.Rewrite(packets, PacketField.Source, _space.SourceIs(publicSource)),
            PacketField.Destination, _space.DestinationIs(nic.PrivateIp));
        DeliverInVpc(entered, nic.Vpc, null, state with { In = new Inbound(packets, state.Exit!.Value.Vpc, nic.PrivateIp) });
    }

    // G2: a NAT gateway of the client's VPC, outside the client's subnet, rewrites the source to its private IP and a port in 1024-65535.
    private void ToNatGateway(PacketSet packets, NatGatewayId id, SubnetId subnet, VpcId vpc, CompiledRoute route, Forward state)
    {
        var natRef = new ComponentRef(ComponentKind.NatGateway, id.Value);
        if (_model.FindNatGateway(id) is not { } nat)
        {
            Drop(packets, natRef, ExplanationCode.TargetNotModelled, route.Text, state);
            return;
        }
        if (nat.Vpc != vpc)
        {
            Drop(packets, natRef, ExplanationCode.NgwRequiresSourceInVpc, null, state);
            return;
        }
        // G2: only an available NAT gateway carries traffic; the drop is at the gateway, before any ACL.
        if (!nat.IsAvailable)
        {
            Drop(packets, natRef, ExplanationCode.NatGatewayNotAvailable, null, state);
            return;
        }
        if (!NatGatewayRules.ServesClientIn(nat, subnet))
        {
            Drop(packets, natRef, ExplanationCode.NatGatewaySameSubnet, null, state);
            return;
        }
        packets = Acl(packets, subnet, TrafficDirection.Egress, state);
        packets = Acl(packets, nat.Subnet, TrafficDirection.Ingress, state);
        if (packets.IsEmpty) return;
        var carried = packets & (_withPorts | _space.Protocol(IpProtocol.Icmp));
        Drop(packets - carried, natRef, ExplanationCode.NatGatewayProtocolRestriction, null, state);
        if (carried.IsEmpty) return;
        var translated = _space.Rewrite(Expand(carried, PortRange.NatGatewayEphemeral), PacketField.Source, _space.SourceIs(nat.PrivateIp));
        var after = state with { Legs = state.Legs.Push(new Leg(nat, carried)), Via = state.Via ?? id.Value };
        RouteFrom(translated, nat.Subnet, nat.Vpc, after, afterNat: true);
    }

    // R6: a gateway endpoint of this VPC carries TCP and ICMP to its own region's service addresses.
    private void ToGatewayEndpoint(PacketSet packets, VpcEndpointId id, SubnetId subnet, VpcId vpc, CompiledRoute route, Forward state)
    {
        var endpointRef = new ComponentRef(ComponentKind.VpcEndpoint, id.Value);
        if (_model.FindVpcEndpoint(id) is not { Type: VpcEndpointType.Gateway } endpoint)
        {
            Drop(packets, endpointRef, ExplanationCode.TargetNotModelled, route.Text, state);
            return;
        }
        // R6: only an available endpoint carries traffic; the drop is at the endpoint, before the ACL.
        if (!endpoint.Endpoint.IsAvailable)
        {
            Drop(packets, endpointRef, ExplanationCode.EndpointNotAvailable, null, state);
            return;
        }
        packets = Acl(packets, subnet, TrafficDirection.Egress, state);
        if (packets.IsEmpty) return;
        if (endpoint.Vpc != vpc)
        {
            Drop(packets, endpointRef, ExplanationCode.PeeringNoEdgeToEdge, null, state);
            return;
        }
        var served = packets & _encoding.Addresses(endpoint.ServiceAddresses, PacketField.Destination);
        var elsewhere = packets - served;
        var sameService = elsewhere & _encoding.ServiceNamed(endpoint.Service?.Service);
        Drop(sameService, endpointRef, ExplanationCode.CrossRegionViaEndpoint, null, state);
        Drop(elsewhere - sameService, endpointRef, ExplanationCode.NoRouteToDestination, null, state);
        var carried = served & (_space.Protocol(IpProtocol.Tcp) | _space.Protocol(IpProtocol.Icmp));
        Drop(served - carried, endpointRef, ExplanationCode.VpceGatewayProtocolRestriction, null, state);
        var target = endpoint.Service?.ToString() ?? endpoint.Endpoint.ServiceName;
        Arrived(carried, ReachDisposition.ReachedService, target, null, state with { Via = state.Via ?? id.Value, Exit = (vpc, endpointRef) });
    }

    // G3: an active peering of this VPC delivers only to the peer VPC's own addresses.
    private void ToPeering(PacketSet packets, VpcPeeringConnectionId id, SubnetId subnet, VpcId vpc, CompiledRoute route, Forward state)
    {
        var pcxRef = new ComponentRef(ComponentKind.VpcPeeringConnection, id.Value);
        if (_model.FindPeering(id) is not { } peering)
        {
            Drop(packets, pcxRef, ExplanationCode.TargetNotModelled, route.Text, state);
            return;
        }
        packets = Acl(packets, subnet, TrafficDirection.Egress, state);
        if (packets.IsEmpty) return;
        if (_model.PeerOf(peering, vpc) is not { } peer)
        {
            Drop(packets, pcxRef, ExplanationCode.UnassociatedComponent, null, state);
            return;
        }
        if (!peering.IsActive)
        {
            Drop(packets, pcxRef, ExplanationCode.PeeringNotActive, null, state);
            return;
        }
        var inside = packets & _encoding.VpcAddresses(peer, PacketField.Destination);
        Drop(packets - inside, pcxRef, ExplanationCode.PcxRequiresAddressInVpcCidr, null, state);
        DeliverInVpc(inside, peer, null, state with { Via = state.Via ?? id.Value });
    }

    // F2: the subnet's ACL, first matching entry by rule number.
    private PacketSet Acl(PacketSet packets, SubnetId subnet, TrafficDirection direction, Forward state)
    {
        if (packets.IsEmpty || _model.NetworkAclFor(subnet) is not { } acl) return packets;
        var allowed = _space.Empty;
        // The pieces are disjoint and cover every packet, so the loop stops once every packet is decided.
        var undecided = packets;
        foreach (var piece in _encoding.Acl(acl, direction, reply: false))
        {
            var part = undecided & piece.Packets;
            if (part.IsEmpty) continue;
            undecided -= part;
            if (piece.Allows) allowed |= part;
            else Drop(part, new ComponentRef(ComponentKind.NetworkAcl, acl.Id.Value), ExplanationCode.SubnetAclRestriction, piece.Text(direction), state);
            if (undecided.IsEmpty) break;
        }
        return allowed;
    }

    private void DropSecurityGroups(PacketSet packets, CompiledInterface nic, TrafficDirection direction, Forward state)
    {
        if (packets.IsEmpty) return;
        var groups = nic.SecurityGroups;
        var at = groups.Length == 1
            ? new ComponentRef(ComponentKind.SecurityGroup, groups[0].Value)
            : new ComponentRef(ComponentKind.NetworkInterface, nic.Id.Value);
        var rule = $"{direction.ToString().ToLowerInvariant()}: no rule of {(groups.IsEmpty ? "(no security group)" : string.Join(", ", groups))} allows it";
        Drop(packets, at, ExplanationCode.EniSgRulesMismatch, rule, state);
    }

    private void Drop(PacketSet packets, ComponentRef at, ExplanationCode code, string? rule, Forward state)
    {
        if (packets.IsEmpty) return;
        Add(new ReachOutcome { Disposition = ReachDisposition.Dropped, At = at, Code = code, Rule = rule, Via = state.Via },
            Unwind(packets, state));
    }

    /// <summary>The packets arrived: walk their replies back (from the interface, or in through the exit gateway).</summary>
    /// <param name="endpoint">The interface endpoint the packets arrived at, if they did (their exit, as the gateway is otherwise).</param>
    private void Arrived(PacketSet packets, ReachDisposition disposition, string target, CompiledInterface? nic, Forward state, string? endpoint = null)
    {
        if (packets.IsEmpty) return;
        var outcome = new ReachOutcome { Disposition = disposition, Target = target, Via = state.Via, LeftThrough = endpoint ?? state.Exit?.Gateway.Id };
        var reply = new Reply(outcome, Unwind(packets, state), state.Legs, 0, [], state.In);
        var expanded = Expand(packets, state.Legs.IsEmpty ? _clientPorts : PortRange.NatGatewayEphemeral);
        if (nic is not null)
            ReplyRoute(expanded, nic.Subnet, nic.Vpc, reply);
        else if (state.Exit is { } exit)
            ReplyDeliverInVpc(expanded, exit.Vpc, null, reply);
    }

    // ---- reply (in forward coordinates: reply destination = forward source, reply destination port = forward source port) ----

    private void ReplyRoute(PacketSet packets, SubnetId subnet, VpcId vpc, Reply reply)
    {
        if (packets.IsEmpty) return;
        reply = reply with { Lookups = reply.Lookups + 1 };
        if (reply.Lookups > SymbolicEngine.Limit)
        {
            ReplyDrop(packets, new ComponentRef(ComponentKind.Subnet, subnet.Value), ExplanationCode.RoutingLoop, null, reply);
            return;
        }
        if (_model.RouteTableFor(subnet) is not { } table)
        {
            ReplyDrop(packets, new ComponentRef(ComponentKind.Subnet, subnet.Value), ExplanationCode.NoRouteToDestination, null, reply);
            return;
        }
        var tableRef = new ComponentRef(ComponentKind.RouteTable, table.Id.Value);
        var unrouted = packets;
        foreach (var (route, sources) in _encoding.RoutesBySource(table))
        {
            if (unrouted.IsEmpty) break;
            var part = unrouted & sources;
            if (part.IsEmpty) continue;
            unrouted -= part;
            if (route is null)
                ReplyDrop(part, tableRef, ExplanationCode.NoRouteToDestination, null, reply);
            else if (route.IsBlackhole)
                ReplyDrop(part, tableRef, ExplanationCode.BadStateRoute, route.Text, reply);
            else if (route.Target.Kind == RouteTargetKind.Local)
                ReplyDeliverInVpc(part, vpc, subnet, reply);
            else if (route.Target.Kind == RouteTargetKind.VpcPeeringConnection)
                ReplyPeering(part, new VpcPeeringConnectionId(route.Target.Id), subnet, vpc, reply);
            else if (route.Target.Kind == RouteTargetKind.InternetGateway && reply.In is not null)
                ReplyToInternetGateway(part, new InternetGatewayId(route.Target.Id), subnet, vpc, reply);
            else
                ReplyDrop(part, tableRef, ExplanationCode.NoRouteToDestination, route.Text, reply);
        }
    }

    private void ReplyDeliverInVpc(PacketSet packets, VpcId vpc, SubnetId? from, Reply reply)
    {
        if (packets.IsEmpty) return;
        var rest = packets;
        foreach (var slot in _engine.DeliveryTable(vpc))
        {
            if (rest.IsEmpty) break;
            var subnet = slot.Subnet;
            if (!_space.MayOverlap(rest, PacketField.Source, subnet.Cidr.Network.Value, subnet.Cidr.Length)) continue;
            var part = rest & slot.Sources;
            if (part.IsEmpty) continue;
            rest -= part;
            if (from != subnet.Id)
            {
                if (from is { } f) part = ReplyAcl(part, f, TrafficDirection.Egress, ref reply);
                part = ReplyAcl(part, subnet.Id, TrafficDirection.Ingress, ref reply);
            }
            var others = part;
            foreach (var owner in slot.Owners)
            {
                if (others.IsEmpty) break;
                if (!_space.MayOverlap(others, PacketField.Source, owner.Nic.PrivateIp.Value, 32)) continue;
                var mine = others & owner.Source;
                if (mine.IsEmpty) continue;
                others -= mine;
                ReplyArriveAt(mine, owner.Nic, reply);
            }
            ReplyDrop(others, new ComponentRef(ComponentKind.Subnet, subnet.Id.Value), ExplanationCode.NoInterfaceAtAddress, null, reply);
        }
        ReplyDrop(rest, new ComponentRef(ComponentKind.Vpc, vpc.Value), ExplanationCode.NoRouteToDestination, null, reply);
    }

    private void ReplyArriveAt(PacketSet packets, CompiledInterface nic, Reply reply)
    {
        if (!reply.Legs.IsEmpty && reply.Legs.Peek() is var leg && leg.Nat.Interface.Id == nic.Id)
        {
            // G2: the NAT gateway restores the client's address and port; the reply routes on from its subnet.
            var restored = leg.Before & ProjectAddressAndPort(packets);
            var legs = reply.Legs.Pop();
            ReplyRoute(Expand(restored, legs.IsEmpty ? _clientPorts : PortRange.NatGatewayEphemeral), leg.Nat.Subnet, leg.Nat.Vpc,
                reply with { Legs = legs });
            return;
        }
        if (nic.Id != _source.Id)
        {
            ReplyDrop(packets, new ComponentRef(ComponentKind.NetworkInterface, nic.Id.Value), ExplanationCode.NoRouteToDestination,
                $"the reply arrives at {nic.Id}, not at the sender {_source.Id}", reply);
            return;
        }
        var original = Unwind(packets, reply);
        foreach (var (at, rule, partial) in reply.Partial)
        {
            var part = original & partial;
            if (part.IsEmpty) continue;
            original -= part;
            Add(reply.Outcome with { Reply = new ReplyOutcome(ReplyDisposition.Intermittent, at, ExplanationCode.EphemeralPortsPartial, rule) }, part);
        }
        Add(reply.Outcome with { Reply = ReplyOutcome.Returns }, original);
    }

    /// <summary>
    /// G1: the reply of a request that entered through an IGW leaves through the destination VPC's IGW
    /// (from the destination's public address) and comes back in through the requester's, which maps it
    /// back to the requester's private address (the inbound entry undone).
    /// </summary>
    private void ReplyToInternetGateway(PacketSet packets, InternetGatewayId id, SubnetId subnet, VpcId vpc, Reply reply)
    {
        var inbound = reply.In!;
        packets = ReplyAcl(packets, subnet, TrafficDirection.Egress, ref reply);
        if (packets.IsEmpty) return;
        var igwRef = new ComponentRef(ComponentKind.InternetGateway, id.Value);
        if (_model.FindInternetGateway(id) is not { } igw || !InternetGatewayRules.IsAttachedTo(igw, vpc))
        {
            ReplyDrop(packets, igwRef, ExplanationCode.IgwNotAttached, null, reply);
            return;
        }
        // The reply's source is the forward destination: the private IP the public one mapped to.
        if (!reply.Legs.IsEmpty && reply.Legs.Peek().Nat is var nat && nat.Interface.PrivateIp == inbound.Target)
        {
            if (nat.Connectivity == NatGatewayConnectivity.Private || nat.ElasticIp is null)
            {
                var code = nat.Connectivity == NatGatewayConnectivity.Private ? ExplanationCode.NatGatewayPrivate : ExplanationCode.NatGatewayNoElasticIp;
                ReplyDrop(packets, new ComponentRef(ComponentKind.NatGateway, nat.Id.Value), code, null, reply);
                return;
            }
        }
        else if (_model.InterfaceAt(vpc, inbound.Target)?.PublicIp is null)
        {
            ReplyDrop(packets, igwRef, ExplanationCode.IgwPublicIpAssociationForEgress, null, reply);
            return;
        }
        var notPublic = packets & _encoding.NotPublic(PacketField.Source);
        ReplyDrop(notPublic, igwRef, ExplanationCode.IgwDestinationNotPublic, null, reply);
        var back = inbound.Undo(ForgetPort(packets - notPublic));
        ReplyDeliverInVpc(Expand(back, reply.Legs.IsEmpty ? _clientPorts : PortRange.NatGatewayEphemeral), inbound.ReturnVpc, null,
            reply with { In = null });
    }

    private void ReplyPeering(PacketSet packets, VpcPeeringConnectionId id, SubnetId subnet, VpcId vpc, Reply reply)
    {
        var pcxRef = new ComponentRef(ComponentKind.VpcPeeringConnection, id.Value);
        packets = ReplyAcl(packets, subnet, TrafficDirection.Egress, ref reply);
        if (packets.IsEmpty) return;
        if (_model.FindPeering(id) is not { } peering || _model.PeerOf(peering, vpc) is not { } peer)
        {
            ReplyDrop(packets, pcxRef, ExplanationCode.UnassociatedComponent, null, reply);
            return;
        }
        if (!peering.IsActive)
        {
            ReplyDrop(packets, pcxRef, ExplanationCode.PeeringNotActive, null, reply);
            return;
        }
        var inside = packets & _encoding.VpcAddresses(peer, PacketField.Source);
        ReplyDrop(packets - inside, pcxRef, ExplanationCode.PcxRequiresAddressInVpcCidr, null, reply);
        ReplyDeliverInVpc(inside, peer, null, reply);
    }

    /// <summary>
    /// F2/F3: the reply crosses the ACL; for TCP/UDP every port of the range it may return to is tried
    /// (the range is already expanded in the source-port field). A packet whose reply passes on no port
    /// is dropped at the first denying entry; one that passes on some is marked partial and goes on.
    /// </summary>
    private PacketSet ReplyAcl(PacketSet packets, SubnetId subnet, TrafficDirection direction, ref Reply reply)
    {
        if (packets.IsEmpty || _model.NetworkAclFor(subnet) is not { } acl) return packets;
        var aclRef = new ComponentRef(ComponentKind.NetworkAcl, acl.Id.Value);
        var pieces = _encoding.Acl(acl, direction, reply: true);
        var ported = packets & _withPorts;
        var single = packets - ported;
        var passing = _space.Empty;
        var undecided = single;
        foreach (var piece in pieces)
        {
            if (undecided.IsEmpty) break;
            var part = undecided & piece.Packets;
            if (part.IsEmpty) continue;
            undecided -= part;
            if (piece.Allows) passing |= part;
            else ReplyDrop(part, aclRef, ExplanationCode.SubnetAclRestriction, piece.Text(direction), reply);
        }
        if (ported.IsEmpty) return passing;

        // Each reply (one port) falls in exactly one piece; a forward packet passes if some port passes.
        // The loop stops once every reply is placed; the denying pieces' hits are kept, in order, for the drops.
        var somePass = _space.Empty;
        var someFail = _space.Empty;
        var unplaced = ported;
        var denying = _denyingHits;
        denying.Clear();
        for (int i = 0; i < pieces.Length && !unplaced.IsEmpty; i++)
        {
            var part = unplaced & pieces[i].Packets;
            if (part.IsEmpty) continue;
            unplaced -= part;
            var hit = ForgetPort(part);
            if (pieces[i].Allows) somePass |= hit;
            else
            {
                someFail |= hit;
                denying.Add((i, hit));
            }
        }
        if (someFail.IsEmpty) return passing | (ported & somePass);
        var none = ForgetPort(ported) - somePass;
        foreach (var (i, hit) in denying)
        {
            if (none.IsEmpty) break;
            var denied = none & hit;
            if (denied.IsEmpty) continue;
            none -= denied;
            ReplyDrop(ported & denied, aclRef, ExplanationCode.SubnetAclRestriction, pieces[i].Text(direction), reply);
        }
        var partial = ported & somePass & someFail;
        if (!partial.IsEmpty)
            reply = reply with { Partial = reply.Partial.Add((aclRef, $"{direction.ToString().ToLowerInvariant()} rules of {acl.Id} admit only part of the reply ports", Unwind(partial, reply))) };
        return passing | (ported & somePass);
    }

    private void ReplyDrop(PacketSet packets, ComponentRef at, ExplanationCode code, string? rule, Reply reply)
    {
        if (packets.IsEmpty) return;
        Add(reply.Outcome with { Reply = new ReplyOutcome(ReplyDisposition.Dropped, at, code, rule) }, Unwind(packets, reply));
    }

    // ---- coordinates ----------------------------------------------------------------------------

    /// <summary>TCP/UDP packets with the source port replaced by every port of the range (other protocols keep port 0).</summary>
    private PacketSet Expand(PacketSet packets, PortRange range)
    {
        var ported = packets & _withPorts;
        return _space.Rewrite(ported, PacketField.SourcePort, _space.SourcePorts(range)) | (packets - ported);
    }

    private PacketSet ForgetPort(PacketSet packets) => _space.Forget(packets, PacketField.SourcePort);

    private PacketSet ProjectAddressAndPort(PacketSet packets) => _space.Forget(ForgetPort(packets), PacketField.Source);

    /// <summary>Back through the NAT legs to the packets that entered the first one.</summary>
    private PacketSet Unwind(PacketSet packets, ImmutableStack<Leg> legs)
    {
        foreach (var leg in legs) packets = leg.Before & ProjectAddressAndPort(packets);
        return packets;
    }

    /// <summary>Back through the inbound entry (when there was one) and the NAT legs.</summary>
    private PacketSet Unwind(PacketSet packets, Forward state) =>
        Unwind(state.In?.Undo(packets) ?? packets, state.Legs);

    /// <summary>A reply set (ports expanded) back to the original packets of its forward class.</summary>
    private PacketSet Unwind(PacketSet packets, Reply reply)
    {
        packets = ForgetPort(packets);
        if (reply.In is { } inbound) packets = inbound.Undo(packets);
        return reply.Base & ForgetPort(Unwind(packets, reply.Legs));
    }

    private void Add(ReachOutcome outcome, PacketSet packets)
    {
        if (packets.IsEmpty) return;
        if (_classes.TryGetValue(outcome, out var known)) _classes[outcome] = known | packets;
        else
        {
            _classes[outcome] = packets;
            _order.Add(outcome);
        }
    }
}
