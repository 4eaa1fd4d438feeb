using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Aws.Snapshots.Resources;

/// <summary><c>SecurityGroups</c> (describe-security-groups): one rule per peer of each permission (F1).</summary>
internal static class SecurityGroupReader
{
    public static void Read(JsonCursor item, DescribeSource source, SnapshotContent content)
    {
        var id = new SecurityGroupId(item.RequiredString("GroupId"));
        var location = source.LocationOf(id.Value);
        if (item.OptionalString("VpcId") is not { } vpc)
        {
            content.Report(DiagnosticDescriptors.UnmodelledResource, location, "security group", id.Value, "EC2-Classic groups (no VpcId) are not modelled");
            return;
        }
        content.SecurityGroups.Add(new SecurityGroup
        {
            Id = id,
            Vpc = new VpcId(vpc),
            Name = item.OptionalString("GroupName"),
            Ingress = ReadPermissions(item.Items("IpPermissions"), id, location, content),
            // What AWS reports is the group's real state: no egress permissions means no outbound traffic.
            // (The allow-all default for a missing key is a convenience of hand-written topology files only.)
            Egress = ReadPermissions(item.Items("IpPermissionsEgress"), id, location, content),
            Location = location,
        });
    }

    private static ValueArray<SecurityGroupRule> ReadPermissions(IEnumerable<JsonCursor> permissions, SecurityGroupId group, SourceLocation location, SnapshotContent content)
    {
        var rules = new List<SecurityGroupRule>();
        foreach (var permission in permissions)
        {
            var protocolCursor = permission.RequiredProperty("IpProtocol");
            if (protocolCursor.AsString() is "icmpv6" or "58")
            {
                content.WarnOnce("ipv6:sg", DiagnosticDescriptors.Ipv6Ignored, location, "security group rules", group.Value);
                continue;
            }
            var protocol = ReadProtocol(protocolCursor);
            // FromPort/ToPort are ICMP type and code for ICMP: pathsim does not model them, so the rule covers all of ICMP.
            var ports = protocol.HasPorts ? ReadPorts(permission, permission.OptionalInt("FromPort"), permission.OptionalInt("ToPort")) : PortRange.All;

            foreach (var range in permission.Items("IpRanges"))
                rules.Add(Rule(protocol, ports, RulePeer.ForCidr(range.RequiredProperty("CidrIp").AsCidr()), range.OptionalString("Description"), location));
            foreach (var list in permission.Items("PrefixListIds"))
                rules.Add(Rule(protocol, ports, RulePeer.ForPrefixList(new PrefixListId(list.RequiredString("PrefixListId"))), list.OptionalString("Description"), location));
            foreach (var pair in permission.Items("UserIdGroupPairs"))
                rules.Add(Rule(protocol, ports, RulePeer.ForSecurityGroup(new SecurityGroupId(pair.RequiredString("GroupId"))), pair.OptionalString("Description"), location));
            if (permission.Items("Ipv6Ranges").Any())
                content.WarnOnce("ipv6:sg", DiagnosticDescriptors.Ipv6Ignored, location, "security group rules", group.Value);
        }
        return rules.ToValueArray();
    }

    private static SecurityGroupRule Rule(IpProtocol protocol, PortRange ports, RulePeer peer, string? description, SourceLocation location) =>
        new() { Protocol = protocol, Ports = ports, Peer = peer, Description = description, Location = location };

    /// <summary>AWS writes protocols as names (<c>tcp</c>) in security groups and numbers (<c>6</c>) in ACLs; <c>-1</c> is all.</summary>
    public static IpProtocol ReadProtocol(JsonCursor cursor)
    {
        string text = cursor.AsString();
        return IpProtocol.TryParse(text, out var protocol)
            ? protocol
            : throw new SnapshotFormatException(cursor.Path, $"'{text}' is not a protocol (tcp, udp, icmp, -1 or 0-255)");
    }

    /// <summary>A port range from From/To; absent or -1 (AWS's "all") means every port.</summary>
    public static PortRange ReadPorts(JsonCursor owner, int? from, int? to)
    {
        if (from is null or -1 && to is null or -1) return PortRange.All;
        int f = from ?? 0, t = to ?? 65535;
        if (f is < 0 or > 65535 || t is < 0 or > 65535 || t < f)
            throw new SnapshotFormatException(owner.Path, $"'{f}-{t}' is not a port range (0-65535)");
        return new PortRange(f, t);
    }
}
