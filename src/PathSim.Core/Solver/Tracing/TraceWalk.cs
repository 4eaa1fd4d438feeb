using System.Collections.Immutable;
using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;
using PathSim.Network;
using PathSim.Services;
using PathSim.Topology;
using PathSim.Traces;

namespace PathSim.Solver.Tracing;

/// <summary>
/// One direction of a concrete trace, hop by hop (AWS-RULES.md Routing, Gateways, Filters, Endpoints).
/// Every method that moves the packet returns false once the walk has ended (arrived or dropped).
/// On the reply (<see cref="_reply"/>) security groups are not checked (stateful, F1), network ACLs are
/// checked over the whole ephemeral range the reply goes back to (F2, F3), and a NAT gateway restores
/// the client's address from its translation.
/// </summary>
internal sealed class TraceWalk
{
    private const int MaxRouteLookups = 16;

    private readonly NetworkModel _model;
    private readonly bool _reply;
    private readonly PortRange _clientPorts;
    private readonly RegionalService? _expectedService;
    private readonly List<TraceHop> _hops = [];
    private readonly List<TraceStep> _steps = [];
    private ComponentRef? _current;
    private int _routeLookups;

    // On a reply to a request that left through an IGW to another VPC's public address: where the
    // request left, so the reply (which goes out through the destination's IGW) comes back in there.
    private readonly (VpcId Vpc, ComponentRef Gateway, Ipv4Address? PrivateSource)? _returnExit;

    public TraceWalk(NetworkModel model, bool reply, PacketHeader header, PortRange clientPorts, RegionalService? expectedService,
        IEnumerable<NatTranslation>? translations = null, (VpcId Vpc, ComponentRef Gateway, Ipv4Address? PrivateSource)? returnExit = null)
    {
        _returnExit = returnExit;
        _model = model;
        _reply = reply;
        Header = header;
        _clientPorts = clientPorts;
        _expectedService = expectedService;
        Translations = [.. translations ?? []];
    }

    public PacketHeader Header { get; private set; }
    public List<ExplanationCode> Codes { get; } = [];
    public TraceDisposition? Disposition { get; private set; }
    public NetworkInterfaceId? DeliveredTo { get; private set; }
    public RegionalService? Service { get; private set; }
    public string? Via { get; private set; }
    public VpcEndpointId? Endpoint { get; private set; }
    public Ipv4Address? PublicSource { get; private set; }

    /// <summary>The service answered on the sender's host, when the packet went to one (F4).</summary>
    public AmazonProvidedService? HostService { get; private set; }

    /// <summary>NAT translations made on the way (forward), or still to undo (reply), innermost last.</summary>
    public List<NatTranslation> Translations { get; }

    /// <summary>Where the packet left the VPC for the internet or a service: the reply comes back in here.</summary>
    public (VpcId Vpc, ComponentRef Gateway, Ipv4Address? PrivateSource)? Exit { get; private set; }

    public Trace ToTrace()
    {
        FlushHop();
        return new Trace([.. _hops], Disposition ?? throw new InvalidOperationException("the walk has not ended"), DeliveredTo, Service);
    }

    // ---- entry points -------------------------------------------------------------------------

    /// <summary>Forward: leave <paramref name="source"/> (its security groups' egress rules apply, F1) and route from its subnet.</summary>
    public bool StartAt(CompiledInterface source)
    {
        Hop(ComponentKind.NetworkInterface, source.Id.Value);
        if (!_reply && AmazonProvidedService.At(_model, source.Vpc, Header.Destination) is { } onHost) return ToHostService(source, onHost);
        if (!_reply && source.Kind != NetworkInterfaceKind.NatGateway && !CheckSecurityGroups(source, TrafficDirection.Egress)) return false;
        if (_reply) Step(new CheckStep { Text = "reply of an allowed connection: security groups are stateful and not checked (F1)" });
        return RouteFrom(source.Subnet, source.Vpc, afterNat: false);
    }

    /// <summary>
    /// F4: the Amazon DNS server, instance metadata and Time Sync answer on the sender's own host; no route
    /// table, security group or network ACL sees the traffic (VPC User Guide, security groups and network ACLs).
    /// </summary>
    private bool ToHostService(CompiledInterface source, AmazonProvidedService service)
    {
        Hop(ComponentKind.HostService, service.Name);
        Step(new CheckStep { Text = $"{Header.Destination} is {service.Description} on {source.Id}'s host: security groups and network ACLs do not filter it (F4)" });
        if (service.NeedsDnsSupport && _model.FindVpc(source.Vpc) is { EnableDnsSupport: false } vpc)
            return Drop(ExplanationCode.DnsAttributesDisabled, $"enable_dns_support is off in {vpc.Id}: {service.Description} does not answer (F4)", vpc.Location);
        if (!service.Listens(Header.Protocol, Header.DestinationPort))
            return Drop(ExplanationCode.NoListener,
                $"{service.Description} answers {service.ListensText} only, not {Header.Protocol}{(Header.Protocol.HasPorts ? $" {Header.DestinationPort}" : "")} (F4)");
        HostService = service;
        return Arrive(TraceDisposition.ReachedHostService, null, null);
    }

    /// <summary>The reply of a host service (F4): back to the sender, unfiltered.</summary>
    public bool ReturnFromHost(AmazonProvidedService service, CompiledInterface source)
    {
        Hop(ComponentKind.HostService, service.Name);
        Hop(ComponentKind.NetworkInterface, source.Id.Value);
        Step(new CheckStep { Text = $"the reply of {service.Description} is not filtered by security groups or network ACLs (F4)" });
        return Arrive(TraceDisposition.DeliveredToInterface, source.Id, null);
    }

    /// <summary>Reply from a service or the internet, entering the VPC again where the request left it.</summary>
    public bool ReturnFromOutside(ComponentRef origin, (VpcId Vpc, ComponentRef Gateway, Ipv4Address? PrivateSource) exit)
    {
        Hop(origin.Kind, origin.Id);
        Hop(exit.Gateway.Kind, exit.Gateway.Id);
        if (exit.Gateway.Kind == ComponentKind.InternetGateway && exit.PrivateSource is { } privateSource)
        {
            var before = Header;
            Header = InternetGatewayRules.TranslateIngress(Header, privateSource);
            Step(new TransformStep { Text = $"{exit.Gateway.Id} maps {before.Destination} back to {privateSource} (G1)", Before = before, After = Header });
        }
        else
        {
            Step(new CheckStep { Text = $"reply through {exit.Gateway.Id}" });
        }
        return DeliverInVpc(exit.Vpc, fromSubnet: null);
    }

    // ---- routing ------------------------------------------------------------------------------

    private bool RouteFrom(SubnetId subnet, VpcId vpc, bool afterNat)
    {
        if (++_routeLookups > MaxRouteLookups)
            return Drop(ExplanationCode.RoutingLoop, $"more than {MaxRouteLookups} route lookups: the routes form a loop");
        var table = _model.RouteTableFor(subnet);
        if (table is null)
        {
            Hop(ComponentKind.Subnet, subnet.Value);
            return Drop(ExplanationCode.NoRouteToDestination, $"subnet {subnet} has no route table (its VPC is missing)");
        }
        Hop(ComponentKind.RouteTable, table.Id.Value);
        var route = table.Lookup(Header.Destination);
        if (route is null)
        {
            return afterNat && InternetGatewayRules.IsPubliclyRoutable(Header.Destination)
                ? Drop(ExplanationCode.NatGatewayHasNoInternetRoute, $"no route to {Header.Destination} in {table.Id}, the NAT gateway's subnet's table (G2)", table.Location)
                : Drop(ExplanationCode.NoRouteToDestination, $"no route to {Header.Destination} in {table.Id}", table.Location);
        }
        // One step per decision: a route that drops the packet is recorded once, as the drop (it names the route).
        var chosen = new RouteStep { RouteTable = table.Id.Value, Destination = route.Destination, Target = route.Target.Id, Text = RouteText(route), Location = route.Location };
        if (route.IsBlackhole)
        {
            if (afterNat) Codes.Add(ExplanationCode.NatGatewayHasNoInternetRoute);
            return Drop(ExplanationCode.BadStateRoute, BlackholeText(route), route.Location, chosen);
        }
        // G2: behind a NAT gateway, a public destination must be routed to an internet gateway. A route that
        // sends it to a NAT gateway (back to itself, or another) is the NAT's subnet having no internet route,
        // not a NAT serving a client in its own subnet (newuser-trial-3 #2).
        if (afterNat && route.Target.Kind == RouteTargetKind.NatGateway && InternetGatewayRules.IsPubliclyRoutable(Header.Destination))
            return Drop(ExplanationCode.NatGatewayHasNoInternetRoute,
                $"{RouteText(route)}: the NAT gateway's subnet sends {Header.Destination} to {route.Target.Id}, not to an internet gateway (G2)", route.Location, chosen);
        bool replyThroughInternet = _returnExit is { Gateway.Kind: ComponentKind.InternetGateway } && route.Target.Kind == RouteTargetKind.InternetGateway;
        if (_reply && !replyThroughInternet && route.Target.Kind is not (RouteTargetKind.Local or RouteTargetKind.VpcPeeringConnection))
            return Drop(ExplanationCode.NoRouteToDestination, $"{RouteText(route)}: the reply to {Header.Destination} would leave through {route.Target.Id}, not back to the client",
                route.Location, chosen);
        Step(chosen);
        return route.Target.Kind switch
        {
            RouteTargetKind.Local => DeliverInVpc(vpc, subnet),
            RouteTargetKind.InternetGateway => ToInternetGateway(new InternetGatewayId(route.Target.Id), subnet, vpc, afterNat),
            RouteTargetKind.NatGateway => ToNatGateway(new NatGatewayId(route.Target.Id), subnet, vpc),
            RouteTargetKind.VpcEndpoint => ToGatewayEndpoint(new VpcEndpointId(route.Target.Id), subnet, vpc),
            RouteTargetKind.VpcPeeringConnection => ToPeering(new VpcPeeringConnectionId(route.Target.Id), subnet, vpc),
            _ => NotModelled(route),
        };
    }

    /// <summary>R5: a route to <c>blackhole</c> drops by definition; any other blackhole route lost its target (or is in state blackhole).</summary>
    private static string BlackholeText(CompiledRoute route) =>
        route.Target.Kind == RouteTargetKind.Blackhole ? $"{RouteText(route)} drops the packet (R5)" : $"{RouteText(route)} is a blackhole (R5)";

    private static string RouteText(CompiledRoute route) =>
        route.Origin is CompiledRouteOrigin.PrefixList or CompiledRouteOrigin.GatewayEndpoint
            ? $"{route.Text} [{route.Destination}]"
            : route.Text;

    /// <summary>Transit gateways, VPN gateways, egress-only IGWs and ENI targets are not followed (documented assumption).</summary>
    private bool NotModelled(CompiledRoute route)
    {
        Hop(ComponentKind.UnmodelledTarget, route.Target.Id);
        return Drop(ExplanationCode.TargetNotModelled, $"pathsim does not follow {route.Target.Kind} targets such as {route.Target.Id}", route.Location);
    }

    /// <summary>Local delivery inside <paramref name="vpc"/> (R2); <paramref name="fromSubnet"/> null means the packet enters from outside the VPC.</summary>
    private bool DeliverInVpc(VpcId vpc, SubnetId? fromSubnet)
    {
        var target = _model.SubnetContaining(vpc, Header.Destination);
        if (target is null)
        {
            Hop(ComponentKind.Vpc, vpc.Value);
            return Drop(ExplanationCode.NoRouteToDestination, $"no subnet of {vpc} contains {Header.Destination}");
        }
        // F2: ACLs only see traffic that crosses a subnet boundary.
        if (fromSubnet != target.Id)
        {
            if (fromSubnet is { } from && !CheckAcl(from, TrafficDirection.Egress)) return false;
            if (!CheckAcl(target.Id, TrafficDirection.Ingress)) return false;
        }
        var nic = _model.InterfaceAt(vpc, Header.Destination);
        if (nic is null)
        {
            Hop(ComponentKind.Subnet, target.Id.Value);
            return Drop(ExplanationCode.NoInterfaceAtAddress, $"no network interface has {Header.Destination} in {target.Id}", target.Location);
        }
        return ArriveAt(nic);
    }

    private bool ArriveAt(CompiledInterface nic)
    {
        if (_reply)
        {
            var translation = Translations.LastOrDefault(t => t.Nat.Interface.Id == nic.Id);
            if (translation is not null)
            {
                Translations.Remove(translation);
                Hop(ComponentKind.NatGateway, translation.Nat.Id.Value);
                var before = Header;
                Header = NatGatewayRules.TranslateReply(Header, translation.Client, translation.ClientPort);
                Step(new TransformStep { Text = $"{translation.Nat.Id} restores the client's address (G2)", Before = before, After = Header, Location = translation.Nat.Location });
                return RouteFrom(translation.Nat.Subnet, translation.Nat.Vpc, afterNat: false);
            }
            Hop(ComponentKind.NetworkInterface, nic.Id.Value);
            Step(new CheckStep { Text = "reply of an allowed connection: security groups are stateful and not checked (F1)" });
            return Arrive(TraceDisposition.DeliveredToInterface, nic.Id, null);
        }

        Hop(ComponentKind.NetworkInterface, nic.Id.Value);
        if (nic.Kind == NetworkInterfaceKind.VpcEndpoint && nic.Owner is { } owner && _model.FindVpcEndpoint(new VpcEndpointId(owner.Id)) is { } endpoint)
        {
            // E1: an interface endpoint accepts TCP only, through its security groups.
            if (!endpoint.Endpoint.IsAvailable)
                return Drop(ExplanationCode.EndpointNotAvailable, $"{endpoint.Id} is not available (its state is not 'available'): it carries no traffic (E1)", endpoint.Location);
            if (!VpcEndpointRules.InterfaceCarriesProtocol(Header.Protocol))
                return Drop(ExplanationCode.VpceInterfaceProtocolRestriction, $"interface endpoint {endpoint.Id} accepts TCP only, not {Header.Protocol} (E1)", endpoint.Location);
            if (!CheckSecurityGroups(nic, TrafficDirection.Ingress)) return false;
            // E1: an AWS service's interface endpoint answers HTTPS only; its group may admit other ports, but nothing listens there.
            if (endpoint.Service is not null && Header.DestinationPort != VpcEndpointRules.InterfaceServicePort)
                return Drop(ExplanationCode.NoListener, $"interface endpoint {endpoint.Id} answers TCP {VpcEndpointRules.InterfaceServicePort} only, not {Header.DestinationPort} (E1)", endpoint.Location);
            Via ??= endpoint.Id.Value;
            Endpoint ??= endpoint.Id;
            return endpoint.Service is { } service
                ? Arrive(TraceDisposition.ReachedService, nic.Id, service)
                : Arrive(TraceDisposition.DeliveredToInterface, nic.Id, null);
        }
        // G2: a NAT gateway only translates traffic routed to it; its own address accepts no connections (it has no security group).
        if (nic.Kind == NetworkInterfaceKind.NatGateway)
            return Drop(ExplanationCode.NoListener, $"{nic.Owner?.Id ?? nic.Id.Value} accepts no connections to its own address {nic.PrivateIp}: a NAT gateway only translates traffic routed to it (G2)", nic.Location);
        if (!CheckSecurityGroups(nic, TrafficDirection.Ingress)) return false;
        return Arrive(TraceDisposition.DeliveredToInterface, nic.Id, null);
    }

    // ---- gateways and endpoints ---------------------------------------------------------------

    private bool ToInternetGateway(InternetGatewayId id, SubnetId subnet, VpcId vpc, bool afterNat)
    {
        if (!CheckAcl(subnet, TrafficDirection.Egress)) return false;
        var igw = _model.FindInternetGateway(id)!;
        Hop(ComponentKind.InternetGateway, id.Value);
        if (!InternetGatewayRules.IsAttachedTo(igw, vpc))
        {
            if (afterNat) Codes.Add(ExplanationCode.NatGatewayHasNoInternetRoute);
            return Drop(ExplanationCode.IgwNotAttached, $"{id} is not attached to {vpc} (G1)", igw.Location);
        }
        Step(new CheckStep { Text = $"{id} is attached to {vpc}", Location = igw.Location });

        Ipv4Address publicSource;
        var nat = Translations.LastOrDefault();
        if (nat is not null && nat.Nat.Interface.PrivateIp == Header.Source)
        {
            // G2: a private NAT gateway never reaches the internet; a public one needs an Elastic IP.
            if (nat.Nat.Connectivity == NatGatewayConnectivity.Private)
                return Drop(ExplanationCode.NatGatewayPrivate, $"{nat.Nat.Id} has private connectivity: the internet gateway drops its traffic (G2)", nat.Nat.Location);
            if (nat.Nat.ElasticIp is not { } eip)
                return Drop(ExplanationCode.NatGatewayNoElasticIp, $"{nat.Nat.Id} has no Elastic IP (G2)", nat.Nat.Location);
            publicSource = eip;
        }
        else
        {
            var sender = _model.InterfaceAt(vpc, Header.Source);
            if (sender?.PublicIp is not { } pub)
                return Drop(ExplanationCode.IgwPublicIpAssociationForEgress,
                    $"{sender?.Id.Value ?? Header.Source.ToString()} has no public IPv4 or Elastic IP (G1)", sender?.Location ?? default);
            publicSource = pub;
        }
        if (!InternetGatewayRules.IsPubliclyRoutable(Header.Destination))
            return Drop(ExplanationCode.IgwDestinationNotPublic, $"{Header.Destination} is not a public address; the internet does not route it");

        var before = Header;
        Header = InternetGatewayRules.TranslateEgress(Header, publicSource);
        Step(new TransformStep { Text = $"{id} maps {before.Source} to {publicSource} (G1)", Before = before, After = Header });
        if (_reply && _returnExit is { } back)
            return ReturnFromOutside(ComponentRef.Internet, back);
        Via ??= id.Value;
        PublicSource = publicSource;
        Exit = (vpc, new ComponentRef(ComponentKind.InternetGateway, id.Value), before.Source);
        return ArriveOutside();
    }

    private bool ToNatGateway(NatGatewayId id, SubnetId subnet, VpcId vpc)
    {
        var nat = _model.FindNatGateway(id)!;
        if (nat.Vpc != vpc)
        {
            Hop(ComponentKind.NatGateway, id.Value);
            return Drop(ExplanationCode.NgwRequiresSourceInVpc, $"{id} is in {nat.Vpc}, not in the client's {vpc}", nat.Location);
        }
        // G2: a NAT gateway carries traffic only in state available. The route is live (not a blackhole the
        // user can replace): the gateway it names is what is not usable, so the drop is at the gateway.
        if (!nat.IsAvailable)
        {
            Hop(ComponentKind.NatGateway, id.Value);
            return Drop(ExplanationCode.NatGatewayNotAvailable, $"{id} is not available (its state is not 'available'): it carries no traffic (G2)", nat.Location);
        }
        if (!NatGatewayRules.ServesClientIn(nat, subnet))
        {
            Hop(ComponentKind.NatGateway, id.Value);
            return Drop(ExplanationCode.NatGatewaySameSubnet, $"{id} does not serve clients in its own subnet {subnet} (G2)", nat.Location);
        }
        // G2: the NAT gateway's subnet's ACL applies on both sides.
        if (!CheckAcl(subnet, TrafficDirection.Egress) || !CheckAcl(nat.Subnet, TrafficDirection.Ingress)) return false;
        Hop(ComponentKind.NatGateway, id.Value);
        if (!NatGatewayRules.CarriesProtocol(Header.Protocol))
            return Drop(ExplanationCode.NatGatewayProtocolRestriction, $"{id} carries TCP, UDP and ICMP only, not {Header.Protocol} (G2)", nat.Location);
        var before = Header;
        Header = NatGatewayRules.TranslateSource(nat, Header);
        Step(new TransformStep { Text = $"{id} rewrites the source to {nat.PrivateIp} (G2)", Before = before, After = Header, Location = nat.Location });
        Translations.Add(new NatTranslation(nat, before.Source, before.SourcePort));
        Via ??= id.Value;
        return RouteFrom(nat.Subnet, nat.Vpc, afterNat: true);
    }

    private bool ToGatewayEndpoint(VpcEndpointId id, SubnetId subnet, VpcId vpc)
    {
        var endpoint = _model.FindVpcEndpoint(id)!;
        if (endpoint.Type != VpcEndpointType.Gateway)
        {
            Hop(ComponentKind.VpcEndpoint, id.Value);
            return Drop(ExplanationCode.TargetNotModelled, $"routes to {endpoint.Type} endpoints such as {id} are not modelled", endpoint.Location);
        }
        // R6: an endpoint carries traffic only in state available (pending, failed, deleting: none). Its route
        // stays in the table and wins as usual; the drop is at the endpoint, which is what the user waits for or recreates.
        if (!endpoint.Endpoint.IsAvailable)
        {
            Hop(ComponentKind.VpcEndpoint, id.Value);
            return Drop(ExplanationCode.EndpointNotAvailable, $"{id} is not available (its state is not 'available'): it carries no traffic (R6)", endpoint.Location);
        }
        if (!CheckAcl(subnet, TrafficDirection.Egress)) return false;
        Hop(ComponentKind.VpcEndpoint, id.Value);
        if (endpoint.Vpc != vpc)
            return Drop(ExplanationCode.PeeringNoEdgeToEdge, $"{id} belongs to {endpoint.Vpc}, not {vpc}", endpoint.Location);
        if (!VpcEndpointRules.GatewayServes(endpoint, Header.Destination))
        {
            // R6: a gateway endpoint serves its own region's service prefixes only.
            var elsewhere = _model.ServiceAddresses.ServicesAt(Header.Destination).FirstOrDefault(s => s.Service == endpoint.Service?.Service);
            return elsewhere.Service is not null
                ? Drop(ExplanationCode.CrossRegionViaEndpoint, $"{Header.Destination} is {elsewhere}; {id} serves {endpoint.Service} only (R6)", endpoint.Location)
                : Drop(ExplanationCode.NoRouteToDestination, $"{Header.Destination} is not an address of {endpoint.Service?.ToString() ?? endpoint.Endpoint.ServiceName}", endpoint.Location);
        }
        if (!VpcEndpointRules.GatewayCarriesProtocol(Header.Protocol))
            return Drop(ExplanationCode.VpceGatewayProtocolRestriction, $"gateway endpoint {id} carries TCP only, not {Header.Protocol} (R6)", endpoint.Location);
        Step(new CheckStep { Text = $"{id} serves {endpoint.Service} and {Header.Destination} is one of its addresses", Location = endpoint.Location });
        Via ??= id.Value;
        Endpoint ??= id;
        Exit = (vpc, new ComponentRef(ComponentKind.VpcEndpoint, id.Value), null);
        var service = endpoint.Service!.Value;
        Hop(ComponentKind.AwsService, service.ToString());
        return Arrive(TraceDisposition.ReachedService, null, service);
    }

    private bool ToPeering(VpcPeeringConnectionId id, SubnetId subnet, VpcId vpc)
    {
        var peering = _model.FindPeering(id)!;
        if (!CheckAcl(subnet, TrafficDirection.Egress)) return false;
        Hop(ComponentKind.VpcPeeringConnection, id.Value);
        if (_model.PeerOf(peering, vpc) is not { } peer)
            return Drop(ExplanationCode.UnassociatedComponent, $"{id} does not connect {vpc}", peering.Location);
        if (!peering.IsActive)
            return Drop(ExplanationCode.PeeringNotActive, $"{id} is not active (G3)", peering.Location);
        if (!VpcPeeringRules.AcceptsDestination(_model, peer, Header.Destination))
        {
            // G3: no transit, no edge-to-edge: only the peer's own CIDRs are reachable.
            if (InternetGatewayRules.IsPubliclyRoutable(Header.Destination)) Codes.Add(ExplanationCode.PeeringNoEdgeToEdge);
            return Drop(ExplanationCode.PcxRequiresAddressInVpcCidr, $"{Header.Destination} is not in {peer}'s CIDRs: peering is not transitive and has no edge-to-edge routing (G3)", peering.Location);
        }
        Step(new CheckStep { Text = $"{Header.Destination} is in {peer}'s CIDRs", Location = peering.Location });
        if (!_reply) Via ??= id.Value;
        return DeliverInVpc(peer, fromSubnet: null);
    }

    private bool ArriveOutside()
    {
        if (_model.InterfaceWithPublicIp(Header.Destination) is { Kind: not NetworkInterfaceKind.NatGateway } inbound)
            return EnterFromInternet(inbound);
        var service = _expectedService is { } expected && _model.ServiceAddresses.Addresses(expected).Contains(Header.Destination)
            ? expected
            : _model.ServiceAddresses.ServicesAt(Header.Destination).Cast<RegionalService?>().FirstOrDefault();
        if (service is { } s)
        {
            Hop(ComponentKind.AwsService, s.ToString());
            return Arrive(TraceDisposition.ReachedService, null, s);
        }
        Hop(ComponentKind.Internet, "internet");
        return Arrive(TraceDisposition.ReachedInternet, null, null);
    }

    /// <summary>
    /// The destination is the public IP of a modelled interface: the packet crosses the internet and
    /// enters that interface's VPC through its attached IGW, which maps the public address back (G1).
    /// </summary>
    private bool EnterFromInternet(CompiledInterface nic)
    {
        Hop(ComponentKind.Internet, "internet");
        Step(new CheckStep { Text = $"{Header.Destination} is the public IP of {nic.Id}", Location = nic.Location });
        var igw = _model.Topology.InternetGateways.FirstOrDefault(g => InternetGatewayRules.IsAttachedTo(g, nic.Vpc));
        if (igw is null)
        {
            Hop(ComponentKind.Vpc, nic.Vpc.Value);
            return Drop(ExplanationCode.NoRouteToDestination, $"{nic.Vpc} has no attached internet gateway, so {Header.Destination} is unreachable from the internet (G1)");
        }
        Hop(ComponentKind.InternetGateway, igw.Id.Value);
        var before = Header;
        Header = InternetGatewayRules.TranslateIngress(Header, nic.PrivateIp);
        Step(new TransformStep { Text = $"{igw.Id} maps {before.Destination} to {nic.PrivateIp} (G1)", Before = before, After = Header, Location = igw.Location });
        return DeliverInVpc(nic.Vpc, fromSubnet: null);
    }

    // ---- filters ------------------------------------------------------------------------------

    private bool CheckSecurityGroups(CompiledInterface nic, TrafficDirection direction)
    {
        var groups = _model.SecurityGroupsOf(nic);
        var decision = SecurityGroupEvaluator.Evaluate(groups, direction, Header);
        if (decision.Rule is { } rule)
        {
            Step(new FilterStep
            {
                Filter = rule.Group.Value, FilterKind = ComponentKind.SecurityGroup, Direction = direction, Action = FilterAction.Allow,
                Text = $"{rule.Group}: {rule.Text}", Location = rule.Location,
            });
            return true;
        }
        string filter = groups.IsEmpty ? nic.Id.Value : string.Join(",", groups.Select(g => g.Id.Value));
        var location = groups.IsEmpty ? nic.Location : groups[0].Location;
        // One step per decision: the deny is the drop.
        return Drop(ExplanationCode.EniSgRulesMismatch, decision.Text, location, new FilterStep
        {
            // An interface without groups is named as the interface, not as a security group (newuser-trial-3 #10).
            Filter = filter, FilterKind = groups.IsEmpty ? ComponentKind.NetworkInterface : ComponentKind.SecurityGroup, Direction = direction, Action = FilterAction.Deny,
            Text = decision.Text, Location = location,
        });
    }

    private bool CheckAcl(SubnetId subnet, TrafficDirection direction)
    {
        var acl = _model.NetworkAclFor(subnet);
        if (acl is null) return true; // a subnet of a missing VPC: nothing to check
        Hop(ComponentKind.NetworkAcl, acl.Id.Value);
        if (_reply && Header.Protocol.HasPorts)
        {
            // F2/F3: the reply returns to the client's ephemeral ports, or while a NAT gateway's translation
            // is still to undo (also on the far side of an inbound request, towards its EIP) to the port it chose; check the whole range.
            var range = Translations.Count > 0 ? PortRange.NatGatewayEphemeral : _clientPorts;
            var ports = NetworkAclEvaluator.EvaluatePorts(acl, direction, Header, range);
            var deciding = ports.Decisions.FirstOrDefault(d => d.Allowed) ?? ports.Decisions[0];
            switch (ports.Coverage)
            {
                case FilterCoverage.All:
                    Step(AclStep(acl, deciding, FilterAction.Allow, $"{subnet} {deciding.Text} (ports {range})"));
                    return true;
                case FilterCoverage.Partial:
                    var allowed = string.Join(",", ports.AllowedPorts);
                    Codes.Add(ExplanationCode.EphemeralPortsPartial);
                    // Blame an explicit deny that takes part of the range (a lower-numbered deny shadowing the
                    // allow); without one the allow entry is too narrow.
                    var blamed = ports.Decisions.FirstOrDefault(d => !d.Allowed && d.Entry is not null) ?? deciding;
                    Step(AclStep(acl, blamed, FilterAction.Partial,
                        $"{subnet} {string.Join("; ", ports.Decisions.Select(d => d.Text))}: only ports {allowed} of the reply range {range} pass (F3)")
                        with { Code = ExplanationCode.EphemeralPortsPartial, CheckedPorts = range, PassingPorts = [.. ports.AllowedPorts] });
                    return true;
                default:
                    // One step per decision: the entry that denies the reply on every port is the drop (F2).
                    var denied = AclStep(acl, ports.Decisions[0], FilterAction.Deny,
                        $"{subnet} {string.Join("; ", ports.Decisions.Select(d => d.Text))}: no port of the reply range {range} passes for a reply from {Header.Source}");
                    return Drop(ExplanationCode.SubnetAclRestriction, denied.Text, denied.Location, denied);
            }
        }
        var decision = NetworkAclEvaluator.Evaluate(acl, direction, Header);
        var step = AclStep(acl, decision, decision.Allowed ? FilterAction.Allow : FilterAction.Deny, $"{subnet} {decision.Text}");
        if (!decision.Allowed) return Drop(ExplanationCode.SubnetAclRestriction, step.Text, step.Location, step);
        Step(step);
        return true;
    }

    private static FilterStep AclStep(CompiledNetworkAcl acl, NetworkAclDecision decision, FilterAction action, string text) => new()
    {
        Filter = acl.Id.Value, FilterKind = ComponentKind.NetworkAcl, Direction = decision.Direction, Action = action,
        RuleNumber = decision.RuleNumber, Text = text, Location = decision.Entry?.Location ?? acl.Location,
        ExplicitDeny = !decision.Allowed && decision.Entry is not null,
    };

    // ---- bookkeeping --------------------------------------------------------------------------

    private void Hop(ComponentKind kind, string id)
    {
        FlushHop();
        _current = new ComponentRef(kind, id);
    }

    private void FlushHop()
    {
        if (_current is { } current) _hops.Add(new TraceHop(current, [.. _steps]));
        _current = null;
        _steps.Clear();
    }

    private void Step(TraceStep step) => _steps.Add(step);

    /// <param name="decision">The route or filter decision that dropped the packet, recorded in the drop rather than as a step of its own.</param>
    private bool Drop(ExplanationCode code, string text, SourceLocation location = default, TraceStep? decision = null)
    {
        Step(new DropStep { Text = text, Code = code, Location = location, Decision = decision });
        Codes.Add(code);
        Disposition = TraceDisposition.Dropped;
        return false;
    }

    private bool Arrive(TraceDisposition disposition, NetworkInterfaceId? nic, RegionalService? service)
    {
        Disposition = disposition;
        DeliveredTo = nic;
        Service = service;
        return false;
    }

    /// <summary>Drops before the first hop is known (an unresolvable destination).</summary>
    public void DropAt(ComponentRef component, ExplanationCode code, string text)
    {
        Hop(component.Kind, component.Id);
        Drop(code, text);
    }
}
