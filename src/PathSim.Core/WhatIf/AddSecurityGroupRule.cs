using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>Adds an allow rule to a security group (F1: rules only ever allow; the group is their union).</summary>
public sealed record AddSecurityGroupRule(SecurityGroupId Group, RuleDirection Direction, SecurityGroupRule Rule) : TopologyEdit
{
    public override string Describe() => $"add rule {Group}: {SecurityGroupRules.Describe(Direction, Rule)}";

    internal override NetworkTopology? ApplyTo(NetworkTopology topology, EditContext context)
    {
        if (context.Require<SecurityGroup>(topology, ResourceKind.SecurityGroup, Group.Value) is not { } group) return null;
        var rules = SecurityGroupRules.Of(group, Direction);
        if (SecurityGroupRules.IndexOf(rules, Rule) >= 0)
            return context.Invalid($"security group '{Group}' already has the {SecurityGroupRules.Describe(Direction, Rule)} rule");
        return TopologyResources.Replace(topology, TopologyResource.Of(SecurityGroupRules.With(group, Direction, rules.Add(Rule))));
    }
}
