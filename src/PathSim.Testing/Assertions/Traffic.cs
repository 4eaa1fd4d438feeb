using System.Collections.Immutable;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PathSim.Addressing;
using PathSim.Network;
using PathSim.Services;
using PathSim.Solver.Symbolic;
using PathSim.Solver.Symbolic.PacketSets;
using PathSim.Topology;

namespace PathSim.Testing.Assertions;

/// <summary>
/// A set of packets: every well-formed packet the sources can send (any source port), narrowed by
/// destination (<c>To</c>, repeated calls add destinations) and protocol and ports (<c>OnTcp</c>, …).
/// Immutable: each narrowing returns a new selection. The <c>Should…</c> assertions hold for every
/// packet of the set or throw <see cref="ReachabilityAssertionException"/> with a counterexample.
/// </summary>
public sealed class Traffic
{
    private readonly NetworkUnderTest _network;
    private readonly string _from;
    private readonly Ipv4PrefixSet? _destinations;
    private readonly string? _to;
    private readonly IpProtocol? _protocol;
    private readonly PortRange? _ports;

    private Traffic(NetworkUnderTest network, string from, ImmutableArray<CompiledInterface> sources,
        Ipv4PrefixSet? destinations, string? to, IpProtocol? protocol, PortRange? ports)
    {
        _network = network;
        _from = from;
        Sources = sources;
        _destinations = destinations;
        _to = to;
        _protocol = protocol;
        _ports = ports;
    }

    internal static Traffic Create(NetworkUnderTest network, string from, ImmutableArray<CompiledInterface> sources) =>
        new(network, from, sources, null, null, null, null);

    /// <summary>The interfaces that send.</summary>
    public ImmutableArray<CompiledInterface> Sources { get; }

    /// <summary>In words, as failure messages say it: <c>traffic from cluster analytics to s3:us-east-1 over tcp 443</c>.</summary>
    public string Description =>
        $"traffic from {_from}{(_to is null ? "" : $" to {_to}")}{(_protocol is { } p ? $" over {p}{(_ports is { } r && !r.IsAll ? $" {r}" : "")}" : "")}";

    public Traffic To(Ipv4Prefix destination) => AddDestination(Ipv4PrefixSet.Create(destination), destination.ToString());

    public Traffic To(Ipv4Address destination) => AddDestination(Ipv4PrefixSet.Create(Ipv4Prefix.Create(destination, 32)), destination.ToString());

    /// <summary>
    /// The service's public addresses in its region (pathsim's built-in ranges, or the file's
    /// <c>com.amazonaws.REGION.SERVICE</c> prefix list) and the private addresses of the sources' VPCs'
    /// interface endpoints for it with private DNS on: everything the service's name can resolve to (E2).
    /// </summary>
    public Traffic To(RegionalService service)
    {
        var vpcs = Sources.Select(s => s.Vpc).ToHashSet();
        var endpointAddresses = _network.Model.VpcEndpoints
            .Where(e => e.Service == service && e.Type == VpcEndpointType.Interface && e.Endpoint.PrivateDns && vpcs.Contains(e.Vpc))
            .SelectMany(e => e.Interfaces)
            .Select(i => Ipv4Prefix.Create(i.PrivateIp, 32));
        return AddDestination(_network.Model.ServiceAddresses.Addresses(service).Union(Ipv4PrefixSet.Create(endpointAddresses)), service.ToString());
    }

    /// <summary>The private addresses of the cluster's node interfaces.</summary>
    public Traffic To(RedshiftClusterId cluster)
    {
        var nodes = _network.Model.InterfacesOf(cluster);
        if (nodes.IsEmpty) throw new ArgumentException($"cluster {cluster} is not in {_network.Name}", nameof(cluster));
        return AddDestination(Ipv4PrefixSet.Create(nodes.Select(n => Ipv4Prefix.Create(n.PrivateIp, 32))), $"cluster {cluster}");
    }

    /// <summary>Every address of the subnet's CIDR.</summary>
    public Traffic To(SubnetId subnet) =>
        _network.Model.FindSubnet(subnet) is { } found
            ? AddDestination(Ipv4PrefixSet.Create(found.Cidr), $"subnet {subnet}")
            : throw new ArgumentException($"subnet {subnet} is not in {_network.Name}", nameof(subnet));

    public Traffic To(NetworkInterfaceId networkInterface) =>
        _network.Model.FindInterface(networkInterface) is { } nic
            ? AddDestination(Ipv4PrefixSet.Create(Ipv4Prefix.Create(nic.PrivateIp, 32)), $"interface {networkInterface}")
            : throw new ArgumentException($"network interface {networkInterface} is not in {_network.Name}", nameof(networkInterface));

    public Traffic OnTcp(int port) => On(IpProtocol.Tcp, PortRange.Single(port));
    public Traffic OnTcp(PortRange ports) => On(IpProtocol.Tcp, ports);
    public Traffic OnUdp(int port) => On(IpProtocol.Udp, PortRange.Single(port));

    /// <summary>Only this protocol; for TCP and UDP only these destination ports (default all).</summary>
    public Traffic On(IpProtocol protocol, PortRange? destinationPorts = null) =>
        new(_network, _from, Sources, _destinations, _to, protocol, protocol.HasPorts ? destinationPorts : null);

    /// <summary>The symbolic engine's partition of the selection, one report per source.</summary>
    public IReadOnlyList<ReachabilityReport> Partition() =>
        _network.Locked((engine, _) => Sources.Select(s => engine.Reach(s, PacketsOf(engine, s))).ToList());

    /// <summary>
    /// An FsCheck generator of concrete packets of the selection: a box of the set, then values inside it,
    /// for properties of your own (for example against <see cref="NetworkUnderTest.Trace"/>).
    /// </summary>
    public Gen<PacketHeader> Packets()
    {
        var boxes = _network.Locked((engine, _) => Sources.SelectMany(s => PacketsOf(engine, s).ToBoxes()).ToList());
        if (boxes.Count == 0) throw new InvalidOperationException($"{Description} holds no packet");
        return from box in Gen.Elements(boxes.ToArray())
               from destination in PacketGen.AddressIn(box.Destination.ToPrefixes())
               from protocol in Gen.Choose(box.ProtocolFrom, box.ProtocolTo)
               from sourcePort in PacketGen.PortIn(box.SourcePorts)
               from destinationPort in PacketGen.PortIn(box.DestinationPorts)
               select new PacketHeader(box.Source.First, destination, IpProtocol.FromNumber(protocol), sourcePort, destinationPort);
    }

    /// <summary>Every packet that leaves the VPC (through a gateway, an endpoint or a peering) leaves through one of <paramref name="exits"/>.</summary>
    public void ShouldLeaveOnlyVia(params Exit[] exits)
    {
        if (exits.Length == 0) throw new ArgumentException("name at least one exit", nameof(exits));
        var allowed = exits.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        ShouldAll($"to leave only via {string.Join(" or ", exits)}", o => !Leaves(o) || allowed.Contains(o.Via!));
    }

    /// <summary>No packet leaves through <paramref name="exit"/>.</summary>
    public void ShouldNeverLeaveVia(Exit exit) =>
        ShouldAll($"never to leave via {exit}", o => !Leaves(o) || o.Via != exit.Id);

    /// <summary>
    /// No packet reaches the internet: none gets to a public address through an internet gateway or a NAT
    /// gateway, whether or not an AWS service owns the address (a service reached through a VPC endpoint
    /// is not the internet).
    /// </summary>
    public void ShouldNeverReachInternet() =>
        ShouldAll("never to reach the internet", o => !(o.Disposition == ReachDisposition.ReachedInternet
            || (o.Disposition == ReachDisposition.ReachedService && o.Via is { } via && (via.StartsWith("igw-", StringComparison.Ordinal) || via.StartsWith("nat-", StringComparison.Ordinal)))));

    /// <summary>Every packet arrives and every reply gets back (a connection always works).</summary>
    public void ShouldBeAllowed() => ShouldAll("to be allowed (every packet arrives and its reply returns)", o => o.IsSuccess);

    /// <summary>No packet arrives anywhere: every one is dropped on the way.</summary>
    public void ShouldNeverBeAllowed() => ShouldAll("never to be allowed (every packet is dropped)", o => o.Disposition == ReachDisposition.Dropped);

    /// <summary>
    /// The general form: every packet's outcome satisfies <paramref name="holds"/>. <paramref name="expectation"/>
    /// completes "Expected traffic from … " in the failure message.
    /// </summary>
    public void ShouldAll(string expectation, Func<ReachOutcome, bool> holds)
    {
        var failure = _network.Locked<(Counterexample Counterexample, string Message)?>((engine, tracer) =>
        {
            // The counterexample comes from the largest failing class: the most common way the assertion fails.
            (CompiledInterface Source, ReachClass Class)? largest = null;
            int failing = 0;
            bool any = false;
            foreach (var source in Sources)
            {
                var packets = PacketsOf(engine, source);
                any |= !packets.IsEmpty;
                foreach (var c in engine.Reach(source, packets).Classes)
                {
                    if (holds(c.Outcome)) continue;
                    failing++;
                    if (largest is null || c.Packets.Count > largest.Value.Class.Packets.Count) largest = (source, c);
                }
            }
            if (!any) throw new InvalidOperationException($"{Description} holds no packet, so nothing can be asserted about it");
            if (largest is not var (from, failed)) return null;
            var packet = Counterexample.Pick(failed.Packets);
            var (at, step) = Counterexample.FindDecidingStep(tracer.Trace(Counterexample.RequestFor(from, packet)), failed.Outcome);
            var counterexample = new Counterexample { Source = from, Packet = packet, Outcome = failed.Outcome, DecidedAt = at, DecidingStep = step, Class = failed.Packets };
            return (counterexample, Message(expectation, counterexample, failing));
        });
        if (failure is { } f) throw new ReachabilityAssertionException(f.Message, f.Counterexample);
    }

    private string Message(string expectation, Counterexample counterexample, int failingClasses)
    {
        var text = new StringBuilder();
        text.Append("Expected ").Append(Description).Append(' ').Append(expectation).Append(", but ")
            .Append(failingClasses == 1 ? "1 class of packets does not" : $"{failingClasses} classes of packets do not").AppendLine(". Counterexample:");
        text.Append(counterexample.ToString());
        return text.ToString();
    }

    /// <summary>Left the source's VPC: arrived somewhere through a gateway, an endpoint or a peering.</summary>
    private static bool Leaves(ReachOutcome outcome) => outcome.Disposition != ReachDisposition.Dropped && outcome.Via is not null;

    private PacketSet PacketsOf(SymbolicEngine engine, CompiledInterface source)
    {
        var space = engine.Space;
        var set = engine.PacketsFrom(source);
        if (_destinations is { } destinations) set &= space.DestinationIn(destinations.Ranges);
        if (_protocol is { } protocol) set &= space.Protocol(protocol);
        if (_ports is { } ports) set &= space.DestinationPorts(ports);
        return set;
    }

    private Traffic AddDestination(Ipv4PrefixSet destinations, string text) =>
        new(_network, _from, Sources, _destinations is null ? destinations : _destinations.Union(destinations),
            _to is null ? text : $"{_to} and {text}", _protocol, _ports);
}
