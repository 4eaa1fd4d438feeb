using PathSim.Addressing;
using PathSim.Network;
using PathSim.Services;
using PathSim.Topology;
using PathSim.Traces;

namespace PathSim.Solver.Tracing;

/// <summary>
/// The concrete engine: follows one packet from an interface to a destination hop by hop, then its reply
/// back, recording at every hop what matched (route, security group rule, ACL rule number, translation)
/// and, where it stops, why (ExplanationCode). Simple enough to be obviously right; the symbolic engine
/// is checked against it.
/// </summary>
public sealed class PacketTracer
{
    public PacketTracer(NetworkModel model) => Model = model;

    public NetworkModel Model { get; }

    /// <summary>
    /// Resolves a CLI SOURCE: a network interface id, an instance id (its first interface), a NAT gateway
    /// id (its interface) or a private IP (the interface that has it; ambiguous across VPCs is an error).
    /// </summary>
    public CompiledInterface? ResolveSource(string text, out string? error)
    {
        error = null;
        text = text.Trim();
        if (Model.FindInterface(new NetworkInterfaceId(text)) is { } nic) return nic;
        if (Model.FindNatGateway(new NatGatewayId(text)) is { } nat) return nat.Interface;
        if (Model.InterfacesOf(new InstanceId(text)) is { IsEmpty: false } instanceNics) return instanceNics[0];
        if (Ipv4Address.TryParse(text, out var address))
        {
            var matches = Model.InterfacesWithPrivateIp(address).ToList();
            if (matches.Count == 1) return matches[0];
            error = matches.Count == 0
                ? $"no network interface has the private IP {address}"
                : $"{address} is the private IP of {string.Join(", ", matches.Select(m => $"{m.Id} ({m.Vpc})"))}; name the interface instead";
            return null;
        }
        error = $"'{text}' is not a network interface, instance, NAT gateway or private IP of this topology";
        return null;
    }

    /// <summary>Follows the request and, when it arrives, its reply.</summary>
    public TraceResult Trace(TraceRequest request)
    {
        var source = request.Source;
        bool ports = request.Protocol.HasPorts;
        int sourcePort = ports ? request.SourcePort ?? request.ClientEphemeralPorts.From : 0;
        int destinationPort = ports ? request.DestinationPort : 0;
        RegionalService? expectedService = request.Destination.Kind == TraceDestinationKind.Service ? request.Destination.Service : null;

        var destination = ResolveDestination(request.Destination, source, out var resolution, out var unresolved);
        var header = new PacketHeader(source.PrivateIp, destination ?? source.PrivateIp, request.Protocol, sourcePort, destinationPort);
        var forward = new TraceWalk(Model, reply: false, header, request.ClientEphemeralPorts, expectedService);
        if (destination is null)
            forward.DropAt(new ComponentRef(ComponentKind.NetworkInterface, source.Id.Value), unresolved!.Value.Code, unresolved.Value.Text);
        else
            forward.StartAt(source);
        var forwardTrace = forward.ToTrace();

        var codes = new List<ExplanationCode>(forward.Codes);
        Trace? returnTrace = null;
        if (forwardTrace.Disposition != TraceDisposition.Dropped)
        {
            // Only the reply of a request delivered to an interface through an IGW (an inbound request) may leave
            // through an IGW: it goes back out through the destination's and in through the requester's (G1).
            var returnExit = forwardTrace.DeliveredTo is not null ? forward.Exit : null;
            var reply = new TraceWalk(Model, reply: true, forward.Header.Reverse(), request.ClientEphemeralPorts, null, forward.Translations, returnExit);
            if (forward.HostService is { } onHost)
                reply.ReturnFromHost(onHost, source);
            else if (forwardTrace.DeliveredTo is { } deliveredTo && Model.FindInterface(deliveredTo) is { } destinationNic)
                reply.StartAt(destinationNic);
            else if (forward.Exit is { } exit)
                reply.ReturnFromOutside(
                    forwardTrace.Service is { } service ? new ComponentRef(ComponentKind.AwsService, service.ToString()) : ComponentRef.Internet, exit);
            returnTrace = reply.ToTrace();
            codes.AddRange(reply.Codes);
            if (returnTrace.Disposition == TraceDisposition.DeliveredToInterface && returnTrace.DeliveredTo != source.Id)
                codes.Add(ExplanationCode.NoRouteToDestination);
        }

        bool returned = returnTrace is { Disposition: TraceDisposition.DeliveredToInterface } r && r.DeliveredTo == source.Id;
        var verdict = forwardTrace.Disposition == TraceDisposition.Dropped || !returned ? Verdict.Unreachable
            : codes.Contains(ExplanationCode.EphemeralPortsPartial) ? Verdict.Intermittent
            : Verdict.Reachable;
        return new TraceResult
        {
            Header = header,
            Verdict = verdict,
            Disposition = returned || forwardTrace.Disposition == TraceDisposition.Dropped ? forwardTrace.Disposition : TraceDisposition.Dropped,
            Service = forwardTrace.Service,
            HostService = forward.HostService?.Name,
            DeliveredTo = forwardTrace.DeliveredTo,
            Via = forward.Via,
            Codes = [.. codes.Distinct()],
            Forward = forwardTrace,
            Return = returnTrace,
            Endpoint = forward.Endpoint,
            PublicSource = forward.PublicSource,
            Resolution = resolution,
        };
    }

    /// <summary>
    /// The destination address: the given IP; an interface's (or instance's) private IP; for a service,
    /// what the source's VPC resolves its name to (E2, <see cref="ServiceResolver"/>).
    /// </summary>
    private Ipv4Address? ResolveDestination(TraceDestination destination, CompiledInterface source, out ServiceResolution? resolution,
        out (ExplanationCode Code, string Text)? error)
    {
        error = null;
        resolution = null;
        switch (destination.Kind)
        {
            case TraceDestinationKind.Address:
                return destination.Address;
            case TraceDestinationKind.Interface:
                var nic = Model.FindInterface(new NetworkInterfaceId(destination.Id))
                    ?? Model.InterfacesOf(new InstanceId(destination.Id)).FirstOrDefault();
                if (nic is not null) return nic.PrivateIp;
                error = (ExplanationCode.NoInterfaceAtAddress, $"no network interface or instance '{destination.Id}' in this topology");
                return null;
            default:
                resolution = ServiceResolver.Resolve(Model, source.Vpc, source.Subnet, destination.Service);
                if (resolution.Address is { } address) return address;
                error = (ExplanationCode.NoServiceAddresses, $"no addresses are known for {destination.Service} (no built-in ranges and no com.amazonaws prefix list)");
                return null;
        }
    }
}
