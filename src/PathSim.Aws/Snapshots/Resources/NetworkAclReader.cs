using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Aws.Snapshots.Resources;

/// <summary><c>NetworkAcls</c> (describe-network-acls): numbered entries both ways and subnet associations.</summary>
internal static class NetworkAclReader
{
    /// <summary>AWS lists the implicit final deny as rule 32767 (users may only use 1–32766); the model adds it itself (F2).</summary>
    private const int ImplicitDenyRuleNumber = 32767;

    public static void Read(JsonCursor item, DescribeSource source, SnapshotContent content)
    {
        var id = new NetworkAclId(item.RequiredString("NetworkAclId"));
        var location = source.LocationOf(id.Value);
        var vpc = new VpcId(item.RequiredString("VpcId"));
        var ingress = new List<NetworkAclEntry>();
        var egress = new List<NetworkAclEntry>();
        foreach (var entry in item.Items("Entries"))
        {
            if (ReadEntry(entry, id, location, content) is not { } e) continue;
            (entry.OptionalBool("Egress") == true ? egress : ingress).Add(e);
        }
        var associations = item.Items("Associations")
            .Select(a => a.OptionalString("SubnetId"))
            .OfType<string>()
            .Select(s => (new SubnetId(s), id))
            .ToList();

        content.NetworkAclAssociations.AddRange(associations);
        content.NetworkAcls.Add(new NetworkAcl
        {
            Id = id,
            Vpc = vpc,
            IsDefault = item.OptionalBool("IsDefault") ?? false,
            Ingress = ingress.OrderBy(e => e.RuleNumber).ToValueArray(),
            Egress = egress.OrderBy(e => e.RuleNumber).ToValueArray(),
            Location = location,
        });
    }

    private static NetworkAclEntry? ReadEntry(JsonCursor entry, NetworkAclId acl, SourceLocation location, SnapshotContent content)
    {
        int number = entry.RequiredProperty("RuleNumber").AsInt();
        if (number == ImplicitDenyRuleNumber) return null;
        if (entry.Property("CidrBlock") is not { } cidr)
        {
            if (entry.Property("Ipv6CidrBlock") is not null)
            {
                content.WarnOnce("ipv6:acl", DiagnosticDescriptors.Ipv6Ignored, location, "network ACL entries", acl.Value);
                return null;
            }
            throw new SnapshotFormatException(entry.Path, "the entry has no CidrBlock");
        }
        var protocol = SecurityGroupReader.ReadProtocol(entry.RequiredProperty("Protocol"));
        var ports = PortRange.All;
        if (protocol.HasPorts && entry.Property("PortRange") is { } range)
            ports = SecurityGroupReader.ReadPorts(range, range.OptionalInt("From"), range.OptionalInt("To"));
        string action = entry.RequiredString("RuleAction");
        return new NetworkAclEntry
        {
            RuleNumber = number,
            Protocol = protocol,
            Ports = ports,
            Cidr = cidr.AsCidr(),
            Action = action switch
            {
                "allow" => NetworkAclAction.Allow,
                "deny" => NetworkAclAction.Deny,
                _ => throw new SnapshotFormatException($"{entry.Path}.RuleAction", $"'{action}' is not allow or deny"),
            },
            Location = location,
        };
    }
}
