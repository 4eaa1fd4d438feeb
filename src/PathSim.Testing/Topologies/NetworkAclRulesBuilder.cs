using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Topology;

namespace PathSim.Testing.Topologies;

/// <summary>Numbered entries of one network ACL; ports null means all.</summary>
public sealed class NetworkAclRulesBuilder
{
    private readonly List<NetworkAclEntry> _ingress = [];
    private readonly List<NetworkAclEntry> _egress = [];

    public NetworkAclRulesBuilder Ingress(int rule, string protocol, string? ports, string source, bool allow = true)
    {
        _ingress.Add(Entry(rule, protocol, ports, source, allow));
        return this;
    }

    public NetworkAclRulesBuilder Egress(int rule, string protocol, string? ports, string destination, bool allow = true)
    {
        _egress.Add(Entry(rule, protocol, ports, destination, allow));
        return this;
    }

    /// <summary>Rule 100 allowing everything both ways (what a default ACL holds).</summary>
    public NetworkAclRulesBuilder AllowAll() => Ingress(100, "all", null, "0.0.0.0/0").Egress(100, "all", null, "0.0.0.0/0");

    internal ValueArray<NetworkAclEntry> IngressRules => [.. _ingress];
    internal ValueArray<NetworkAclEntry> EgressRules => [.. _egress];

    private static NetworkAclEntry Entry(int rule, string protocol, string? ports, string cidr, bool allow) => new()
    {
        RuleNumber = rule, Protocol = IpProtocol.Parse(protocol), Ports = ports is null ? PortRange.All : PortRange.Parse(ports),
        Cidr = Ipv4Prefix.Parse(cidr), Action = allow ? NetworkAclAction.Allow : NetworkAclAction.Deny,
    };
}
