using PathSim.Collections;
using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>Finds and rewrites one numbered entry of a network ACL (F2: the rule number names it).</summary>
internal static class NetworkAclEntries
{
    public static ValueArray<NetworkAclEntry> Of(NetworkAcl acl, RuleDirection direction) =>
        direction == RuleDirection.Ingress ? acl.Ingress : acl.Egress;

    public static NetworkAcl With(NetworkAcl acl, RuleDirection direction, ValueArray<NetworkAclEntry> entries) =>
        direction == RuleDirection.Ingress ? acl with { Ingress = entries } : acl with { Egress = entries };

    public static int IndexOf(ValueArray<NetworkAclEntry> entries, int ruleNumber)
    {
        for (int i = 0; i < entries.Count; i++)
            if (entries[i].RuleNumber == ruleNumber) return i;
        return -1;
    }

    public static string Name(RuleDirection direction) => direction.ToString().ToLowerInvariant();

    public static string NotFound(NetworkAclId acl, RuleDirection direction, int ruleNumber) =>
        $"network ACL '{acl}' has no {Name(direction)} rule {ruleNumber}";
}
