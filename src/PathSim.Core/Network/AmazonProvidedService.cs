using PathSim.Addressing;
using PathSim.Topology;

namespace PathSim.Network;

/// <summary>
/// A service AWS answers on the sending interface's own host, at a link-local or VPC-reserved address:
/// the Amazon DNS server (Route 53 Resolver, at 169.254.169.253 and the VPC's primary CIDR base + 2),
/// instance metadata (169.254.169.254) and the Amazon Time Sync Service (169.254.169.123).
/// Rule F4 (docs/tracing.md): security groups and network ACLs do not filter this traffic (VPC User
/// Guide: "Security groups do not filter traffic destined to and from ... Amazon DNS, Amazon DHCP,
/// Amazon EC2 instance metadata, ... Amazon Time Sync Service, reserved IP addresses used by the
/// default VPC router"; network ACLs likewise), and no route table sees it. Only the listed protocol
/// and port is answered; anything else to these addresses finds nothing listening (<c>NO_LISTENER</c>).
/// The DNS server answers only when the VPC has <c>enable_dns_support</c> on.
/// Not modelled: DHCP (broadcast), Windows license activation, ECS task metadata, IPv6 (fd00:ec2::…).
/// </summary>
public sealed class AmazonProvidedService
{
    private AmazonProvidedService(string name, string description, (IpProtocol Protocol, int Port)[] listens, bool needsDnsSupport)
    {
        Name = name;
        Description = description;
        ListensOn = listens;
        NeedsDnsSupport = needsDnsSupport;
    }

    public static readonly AmazonProvidedService Dns =
        new("amazon-dns", "the Amazon DNS server", [(IpProtocol.Udp, 53), (IpProtocol.Tcp, 53)], needsDnsSupport: true);
    public static readonly AmazonProvidedService InstanceMetadata =
        new("instance-metadata", "the instance metadata service", [(IpProtocol.Tcp, 80)], needsDnsSupport: false);
    public static readonly AmazonProvidedService TimeSync =
        new("amazon-time-sync", "the Amazon Time Sync Service", [(IpProtocol.Udp, 123)], needsDnsSupport: false);

    public static readonly Ipv4Address DnsAddress = Ipv4Address.Parse("169.254.169.253");
    public static readonly Ipv4Address MetadataAddress = Ipv4Address.Parse("169.254.169.254");
    public static readonly Ipv4Address TimeSyncAddress = Ipv4Address.Parse("169.254.169.123");

    /// <summary>The target name in trace and reach output (<c>amazon-dns</c>, <c>instance-metadata</c>, <c>amazon-time-sync</c>).</summary>
    public string Name { get; }
    public string Description { get; }

    /// <summary>What it answers; packets of any other protocol or port find nothing listening.</summary>
    public IReadOnlyList<(IpProtocol Protocol, int Port)> ListensOn { get; }

    /// <summary>The DNS server answers only with the VPC's <c>enable_dns_support</c> on.</summary>
    public bool NeedsDnsSupport { get; }

    public bool Listens(IpProtocol protocol, int port) => ListensOn.Any(l => l.Protocol == protocol && l.Port == port);

    /// <summary>e.g. <c>udp 53, tcp 53</c>.</summary>
    public string ListensText => string.Join(", ", ListensOn.Select(l => $"{l.Protocol} {l.Port}"));

    /// <summary>Every address answered on the host of an interface in <paramref name="vpc"/>, with its service.</summary>
    public static IEnumerable<(Ipv4Address Address, AmazonProvidedService Service)> AddressesFor(NetworkModel model, VpcId vpc)
    {
        yield return (DnsAddress, Dns);
        // The DNS server of a VPC with several CIDR blocks is in its primary (first) CIDR.
        if (model.FindVpc(vpc) is { Cidrs.Count: > 0 } found)
            yield return (new Ipv4Address(found.Cidrs[0].Network.Value + 2), Dns);
        yield return (MetadataAddress, InstanceMetadata);
        yield return (TimeSyncAddress, TimeSync);
    }

    /// <summary>The service a packet from an interface in <paramref name="vpc"/> to <paramref name="destination"/> reaches on its host, or null.</summary>
    public static AmazonProvidedService? At(NetworkModel model, VpcId vpc, Ipv4Address destination) =>
        AddressesFor(model, vpc).Where(a => a.Address == destination).Select(a => a.Service).FirstOrDefault();
}
