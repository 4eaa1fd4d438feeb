using PathSim.Collections;
using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>
/// Finds and rewrites one rule of a security group. A rule is named by its full content — protocol,
/// ports and peer — since security group rules have no numbers; description and location do not count.
/// </summary>
internal static class SecurityGroupRules
{
    public static ValueArray<SecurityGroupRule> Of(SecurityGroup group, RuleDirection direction) =>
        direction == RuleDirection.Ingress ? group.Ingress : group.Egress;

    public static SecurityGroup With(SecurityGroup group, RuleDirection direction, ValueArray<SecurityGroupRule> rules) =>
        direction == RuleDirection.Ingress ? group with { Ingress = rules } : group with { Egress = rules };

    public static int IndexOf(ValueArray<SecurityGroupRule> rules, SecurityGroupRule rule)
    {
        for (int i = 0; i < rules.Count; i++)
            if (SameRule(rules[i], rule)) return i;
        return -1;
    }

    public static bool SameRule(SecurityGroupRule a, SecurityGroupRule b) =>
        a.Protocol == b.Protocol && a.Ports == b.Ports && a.Peer == b.Peer;

    public static string Describe(RuleDirection direction, SecurityGroupRule rule) =>
        $"{direction.ToString().ToLowerInvariant()} {rule}";

    public static string NotFound(SecurityGroupId group, RuleDirection direction, SecurityGroupRule rule) =>
        $"security group '{group}' has no {Describe(direction, rule)} rule";
}
