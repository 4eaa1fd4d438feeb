using FsCheck;
using FsCheck.Fluent;
using PathSim.Addressing;
using PathSim.Topology;

namespace PathSim.Testing;

/// <summary>FsCheck generators for addresses, ports and packets, biased to the edges of the ranges that matter.</summary>
public static class PacketGen
{
    /// <summary>Any address of the prefix, half the time one of its first two or last two addresses.</summary>
    public static Gen<Ipv4Address> AddressIn(Ipv4Prefix prefix)
    {
        uint first = prefix.First.Value;
        uint last = prefix.Last.Value;
        var edges = new[] { first, Math.Min(first + 1, last), Math.Max(last - 1, first), last };
        var inside = Gen.Choose(0, int.MaxValue).Two().Select(t => first + (uint)((((ulong)(uint)t.Item1 << 31) ^ (uint)t.Item2) % ((ulong)last - first + 1)));
        return Gen.Frequency((1, Gen.Elements(edges)), (1, inside)).Select(v => new Ipv4Address(v));
    }

    /// <summary>An address inside one of the prefixes (uniform over the prefixes, not over addresses).</summary>
    public static Gen<Ipv4Address> AddressIn(IEnumerable<Ipv4Prefix> prefixes) =>
        Gen.OneOf(prefixes.Select(AddressIn));

    /// <summary>
    /// One of the topology's public addresses — interface public IPs, NAT gateway and cluster Elastic IPs —
    /// so that requests to another VPC through the internet get exercised (G1); a public address outside
    /// the topology when it has none.
    /// </summary>
    public static Gen<Ipv4Address> PublicAddressOf(NetworkTopology topology)
    {
        var addresses = topology.NetworkInterfaces.Select(n => n.PublicIp)
            .Concat(topology.NatGateways.Select(n => n.PublicIp))
            .Concat(topology.RedshiftClusters.Select(c => c.ElasticIp))
            .OfType<Ipv4Address>().Distinct().Order().ToArray();
        return addresses.Length == 0 ? Gen.Constant(Ipv4Address.Parse("198.51.100.1")) : Gen.Elements(addresses);
    }

    public static Gen<int> PortIn(PortRange range) =>
        Gen.Frequency(
            (1, Gen.Elements((int)range.From, (int)range.To)),
            (2, Gen.Choose(range.From, range.To)));

    /// <summary>Mostly TCP, some UDP and ICMP, a few other protocol numbers.</summary>
    public static Gen<IpProtocol> Protocol =>
        Gen.Frequency(
            (6, Gen.Constant(IpProtocol.Tcp)),
            (2, Gen.Constant(IpProtocol.Udp)),
            (1, Gen.Constant(IpProtocol.Icmp)),
            (1, Gen.Choose(0, 255).Select(IpProtocol.FromNumber)));

    /// <summary>A well-formed packet (ports 0 for protocols without ports) between the two address generators.</summary>
    public static Gen<PacketHeader> Packet(Gen<Ipv4Address> source, Gen<Ipv4Address> destination, Gen<int>? destinationPort = null, Gen<int>? sourcePort = null) =>
        from s in source
        from d in destination
        from p in Protocol
        from sp in sourcePort ?? PortIn(PortRange.All)
        from dp in destinationPort ?? Gen.Frequency((3, Gen.Elements(443, 80, 53, 5439, 22)), (2, PortIn(PortRange.All)))
        select p.HasPorts ? new PacketHeader(s, d, p, sp, dp) : new PacketHeader(s, d, p, 0, 0);
}
