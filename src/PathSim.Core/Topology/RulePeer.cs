using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;

namespace PathSim.Topology;

/// <summary>The other side of a security group rule: a CIDR, a prefix list, or a security group (F1).</summary>
public readonly record struct RulePeer(RulePeerKind Kind, Ipv4Prefix Cidr, string Id)
{
    public static RulePeer ForCidr(Ipv4Prefix cidr) => new(RulePeerKind.Cidr, cidr, "");
    public static RulePeer ForPrefixList(PrefixListId id) => new(RulePeerKind.PrefixList, default, id.Value);
    public static RulePeer ForSecurityGroup(SecurityGroupId id) => new(RulePeerKind.SecurityGroup, default, id.Value);

    public override string ToString() => Kind == RulePeerKind.Cidr ? Cidr.ToString() : Id;
}
