namespace PathSim.Addressing;

/// <summary>
/// One concrete IPv4 packet header as the tracer follows it. Ports are 0 for protocols without ports.
/// </summary>
public readonly record struct PacketHeader(
    Ipv4Address Source,
    Ipv4Address Destination,
    IpProtocol Protocol,
    int SourcePort,
    int DestinationPort)
{
    /// <summary>The header of the reply: addresses and ports swapped.</summary>
    public PacketHeader Reverse() => new(Destination, Source, Protocol, DestinationPort, SourcePort);

    public override string ToString() => Protocol.HasPorts
        ? $"{Protocol} {Source}:{SourcePort} -> {Destination}:{DestinationPort}"
        : $"{Protocol} {Source} -> {Destination}";
}
