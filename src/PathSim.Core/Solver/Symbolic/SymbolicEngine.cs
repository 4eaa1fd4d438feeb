using System.Collections.Immutable;
using PathSim.Addressing;
using PathSim.Network;
using PathSim.Services;
using PathSim.Solver.Symbolic.PacketSets;
using PathSim.Topology;

namespace PathSim.Solver.Symbolic;

/// <summary>
/// Pushes whole packet sets through the network model (Batfish-style BDD reachability): from a source
/// interface it partitions every packet of an initial set by outcome — delivered to which interface,
/// out to the internet or a service through which gateway or endpoint, or dropped where and why — and,
/// for the packets that arrive, what happens to their replies. It never enumerates addresses or ports:
/// each step is a few BDD operations per route, rule, subnet or interface.
/// </summary>
/// <remarks>
/// The steps mirror the concrete tracer's (<c>Solver/Tracing/TraceWalk</c>) in the same order with the
/// same codes, so the two agree on every packet; property tests check it. As in the tracer, a reply
/// crossing a network ACL is checked over the whole port range it may come back to (the client's
/// ephemeral ports, or 1024–65535 behind a NAT gateway, F3): a reply that passes for only part of the
/// range makes the packet intermittent. The reply walk runs in the forward packets' coordinates (the
/// reply's destination is the forward source, its destination port the forward source port), so no
/// packet set is ever reversed. One engine per model; it caches encodings. Not thread-safe.
/// </remarks>
public sealed class SymbolicEngine
{
    private const int MaxRouteLookups = 16;

    private readonly NetworkEncoding _encoding;
    private readonly Dictionary<VpcId, InternetGateway> _attachedGateways = [];
    private readonly Dictionary<VpcId, SubnetSlot[]> _delivery = [];

    public SymbolicEngine(NetworkModel model, PacketSpace? space = null)
    {
        Model = model;
        Space = space ?? new PacketSpace();
        _encoding = new NetworkEncoding(model, Space);
        // G1: the IGW a VPC is entered through is the first attached one in topology order, as the tracer picks it.
        foreach (var igw in model.Topology.InternetGateways)
            if (igw.Vpc is { } vpc) _attachedGateways.TryAdd(vpc, igw);
    }

    public NetworkModel Model { get; }
    public PacketSpace Space { get; }

    /// <summary>Every well-formed packet whose source is the interface's private IP (the default initial set).</summary>
    public PacketSet PacketsFrom(CompiledInterface source) => Space.SourceIs(source.PrivateIp) & Space.WellFormed;

    /// <summary>
    /// The partition of <paramref name="packets"/> (default <see cref="PacketsFrom"/>; each packet's source
    /// must be the interface's private IP) sent by <paramref name="source"/>: disjoint classes that together
    /// hold every packet of the set.
    /// </summary>
    /// <param name="clientPorts">The ports replies come back to (default Linux 32768–60999, F3).</param>
    /// <param name="expectedService">The service the packets are meant for (a check's flow); its addresses are labelled with it first.</param>
    public ReachabilityReport Reach(CompiledInterface source, PacketSet? packets = null, PortRange? clientPorts = null,
        RegionalService? expectedService = null)
    {
        var initial = packets ?? PacketsFrom(source);
        // The walk knows each packet's source from where it is (the sender, or the NAT gateway that rewrote it).
        if (!initial.IsSubsetOf(Space.SourceIs(source.PrivateIp)))
            throw new ArgumentException($"every packet must come from {source.Id}'s private IP {source.PrivateIp}", nameof(packets));
        var walk = new SymbolicWalk(this, source, clientPorts ?? PortRange.LinuxEphemeral, expectedService);
        walk.Run(initial);
        return new ReachabilityReport(source, initial, [.. walk.Classes()]);
    }

    internal NetworkEncoding Encoding => _encoding;

    /// <summary>The internet gateway attached to the VPC that inbound traffic enters through, or null.</summary>
    internal InternetGateway? AttachedInternetGateway(VpcId vpc) => _attachedGateways.GetValueOrDefault(vpc);

    internal ImmutableArray<CompiledInterface> OwnersIn(SubnetId subnet) => Model.AddressOwnersIn(subnet);

    /// <summary>A subnet of a VPC as local delivery (R2) reads it: its CIDR and owners' addresses as packet sets, made once per engine.</summary>
    internal sealed record SubnetSlot(Subnet Subnet, PacketSet Destinations, PacketSet Sources, OwnerSlot[] Owners);

    /// <summary>An interface that owns its address, with that address as destination and as source.</summary>
    internal sealed record OwnerSlot(CompiledInterface Nic, PacketSet Destination, PacketSet Source);

    /// <summary>The VPC's subnets sorted by CIDR (<see cref="NetworkModel.SubnetsOf"/>), each with its owners sorted by address.</summary>
    internal SubnetSlot[] DeliveryTable(VpcId vpc)
    {
        if (_delivery.TryGetValue(vpc, out var known)) return known;
        var subnets = Model.SubnetsOf(vpc);
        var table = new SubnetSlot[subnets.Length];
        for (int i = 0; i < table.Length; i++)
        {
            var subnet = subnets[i];
            var owners = OwnersIn(subnet.Id);
            var slots = new OwnerSlot[owners.Length];
            for (int k = 0; k < slots.Length; k++)
                slots[k] = new OwnerSlot(owners[k], Space.DestinationIs(owners[k].PrivateIp), Space.SourceIs(owners[k].PrivateIp));
            table[i] = new SubnetSlot(subnet, Space.DestinationIn(subnet.Cidr), Space.SourceIn(subnet.Cidr), slots);
        }
        _delivery[vpc] = table;
        return table;
    }

    internal static int Limit => MaxRouteLookups;
}
