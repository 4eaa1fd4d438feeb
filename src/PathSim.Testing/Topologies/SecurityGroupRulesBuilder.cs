using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Topology;

namespace PathSim.Testing.Topologies;

/// <summary>Rules of one security group. Peers are a CIDR, a <c>pl-</c> id or an <c>sg-</c> id; ports null means all.</summary>
public sealed class SecurityGroupRulesBuilder
{
    private readonly List<SecurityGroupRule> _ingress = [];
    private List<SecurityGroupRule>? _egress;

    public SecurityGroupRulesBuilder Ingress(string protocol, string? ports, string source)
    {
        _ingress.Add(Rule(protocol, ports, source));
        return this;
    }

    public SecurityGroupRulesBuilder Egress(string protocol, string? ports, string destination)
    {
        (_egress ??= []).Add(Rule(protocol, ports, destination));
        return this;
    }

    /// <summary>Removes the default allow-all egress (<c>egress: []</c> in a topology file).</summary>
    public SecurityGroupRulesBuilder NoEgress()
    {
        _egress = [];
        return this;
    }

    internal ValueArray<SecurityGroupRule> IngressRules => [.. _ingress];

    internal ValueArray<SecurityGroupRule> EgressRules =>
        _egress is null ? [Rule("all", null, "0.0.0.0/0")] : [.. _egress];

    private static SecurityGroupRule Rule(string protocol, string? ports, string peer) => new()
    {
        Protocol = IpProtocol.Parse(protocol),
        Ports = ports is null ? PortRange.All : PortRange.Parse(ports),
        Peer = peer.StartsWith("sg-", StringComparison.Ordinal) ? RulePeer.ForSecurityGroup(new SecurityGroupId(peer))
            : peer.StartsWith("pl-", StringComparison.Ordinal) ? RulePeer.ForPrefixList(new PrefixListId(peer))
            : RulePeer.ForCidr(Ipv4Prefix.Parse(peer)),
    };
}
