using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Topology;
using PathSim.Yaml.Syntax;
using static PathSim.Diagnostics.DiagnosticDescriptors;

namespace PathSim.Yaml.Schema;

/// <summary>Security groups and network ACLs.</summary>
internal sealed partial class TopologyDocumentReader
{
    private SecurityGroup ReadSecurityGroup(MappingReader m)
    {
        string id = m.Id("id", "security group") ?? "";
        var location = m.Location;
        var egress = Children(m, "egress", "egress rule", TopologySchema.EgressRule, r => ReadRule(r, "destination", id));
        if (!m.Has("egress"))
        {
            // F1: a group created without outbound rules gets AWS's allow-all egress rule; an explicit
            // `egress: []` has none.
            egress = [new SecurityGroupRule { Protocol = IpProtocol.All, Peer = RulePeer.ForCidr(Ipv4Prefix.Any), Location = location }];
        }
        return new SecurityGroup
        {
            Id = new SecurityGroupId(id),
            Vpc = new VpcId(m.Id("vpc", "VPC") ?? ""),
            Name = m.String("name"),
            Ingress = Children(m, "ingress", "ingress rule", TopologySchema.IngressRule, r => ReadRule(r, "source", id)),
            Egress = egress,
            Location = location,
        };
    }

    private SecurityGroupRule? ReadRule(MappingReader m, string peerKey, string group)
    {
        if (m.Present(peerKey, false) is { } p && ScalarParsers.IsIpv6(p))
        {
            WarnIpv6(p, "rule peer", group);
            return null;
        }
        var protocol = m.Scalar("protocol", true, ScalarParsers.Protocol);
        var ports = ReadPorts(m, protocol);
        var peer = m.Scalar(peerKey, true, ParsePeer);
        if (protocol is null || peer is null) return null;
        return new SecurityGroupRule
        {
            Protocol = protocol.Value,
            Ports = ports,
            Peer = peer.Value,
            Description = m.String("description"),
            Location = m.Location,
        };
    }

    /// <summary>Omitted = all ports. Ports only mean something for TCP and UDP; elsewhere they are an error, not ignored.</summary>
    private PortRange ReadPorts(MappingReader m, IpProtocol? protocol)
    {
        var ports = m.Scalar("ports", false, ScalarParsers.Ports);
        if (ports is null) return PortRange.All;
        if (protocol is { HasPorts: false } p)
        {
            _ctx.Report(PortsWithoutPortProtocol, m.ValueNode("ports")!, p.ToString());
            return PortRange.All;
        }
        return ports.Value;
    }

    /// <summary>A CIDR, a prefix list (<c>pl-</c> or an id the file defines), else a security group id (F1).</summary>
    private RulePeer? ParsePeer(ReadContext ctx, YamlNode node)
    {
        string text = node.Value;
        if (text.Length > 0 && (char.IsDigit(text[0]) || text.Contains('/', StringComparison.Ordinal)))
            return ScalarParsers.Cidr(ctx, node) is { } cidr ? RulePeer.ForCidr(cidr) : null;
        if (text.StartsWith("pl-", StringComparison.Ordinal) || _prefixListIds.Contains(text))
            return RulePeer.ForPrefixList(new PrefixListId(text));
        if (text.Length == 0 || text.Any(char.IsWhiteSpace))
        {
            ctx.Report(InvalidId, node, text, "security group");
            return null;
        }
        return RulePeer.ForSecurityGroup(new SecurityGroupId(text));
    }

    private NetworkAcl ReadNetworkAcl(MappingReader m)
    {
        string id = m.Id("id", "network ACL") ?? "";
        bool isDefault = m.Bool("default", false);
        return new NetworkAcl
        {
            Id = new NetworkAclId(id),
            Vpc = new VpcId(m.Id("vpc", "VPC") ?? ""),
            IsDefault = isDefault,
            Ingress = Entries(m, "ingress", "source", id, isDefault),
            Egress = Entries(m, "egress", "destination", id, isDefault),
            Location = m.Location,
        };
    }

    /// <summary>
    /// F2: a default ACL written without a direction's key gets AWS's rule 100 allowing everything
    /// (TOPOLOGY.md: the default ACL allows everything unless rules say otherwise); an explicit empty
    /// list, or a custom ACL without the key, denies everything.
    /// </summary>
    private ValueArray<NetworkAclEntry> Entries(MappingReader m, string direction, string peerKey, string acl, bool isDefault)
    {
        if (!m.Has(direction) && isDefault)
            return [new NetworkAclEntry { RuleNumber = 100, Protocol = IpProtocol.All, Cidr = Ipv4Prefix.Any, Action = NetworkAclAction.Allow, Location = m.Location }];
        var keys = direction == "ingress" ? TopologySchema.IngressEntry : TopologySchema.EgressEntry;
        return Children(m, direction, $"{direction} entry", keys, e => ReadEntry(e, peerKey, acl));
    }

    private NetworkAclEntry? ReadEntry(MappingReader m, string peerKey, string acl)
    {
        if (m.Present(peerKey, false) is { } p && ScalarParsers.IsIpv6(p))
        {
            WarnIpv6(p, "entry", acl);
            return null;
        }
        var number = m.Scalar("rule", true, ParseRuleNumber);
        var protocol = m.Scalar("protocol", true, ScalarParsers.Protocol);
        var ports = ReadPorts(m, protocol);
        // F2: ACLs take CIDRs only.
        var cidr = m.Scalar(peerKey, true, (ctx, node) => ScalarParsers.Cidr(ctx, node, "; network ACLs take CIDR blocks only"));
        var action = m.Enum("action", TopologySchema.AclAction, required: true);
        if (number is null || protocol is null || cidr is null || action is null) return null;
        return new NetworkAclEntry
        {
            RuleNumber = number.Value,
            Protocol = protocol.Value,
            Ports = ports,
            Cidr = cidr.Value,
            Action = action.Value,
            Location = m.Location,
        };
    }

    private static int? ParseRuleNumber(ReadContext ctx, YamlNode node)
    {
        if (int.TryParse(node.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) && n is >= 1 and <= 32766)
            return n;
        ctx.Report(InvalidRuleNumber, node, node.Value);
        return null;
    }
}
