using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>Removes the security group rule with exactly this protocol, port range and peer.</summary>
public sealed record RemoveSecurityGroupRule(SecurityGroupId Group, RuleDirection Direction, SecurityGroupRule Rule) : TopologyEdit
{
    public override string Describe() => $"remove rule {Group}: {SecurityGroupRules.Describe(Direction, Rule)}";

    internal override NetworkTopology? ApplyTo(NetworkTopology topology, EditContext context)
    {
        if (context.Require<SecurityGroup>(topology, ResourceKind.SecurityGroup, Group.Value) is not { } group) return null;
        var rules = SecurityGroupRules.Of(group, Direction);
        int index = SecurityGroupRules.IndexOf(rules, Rule);
        if (index < 0) return context.Invalid(SecurityGroupRules.NotFound(Group, Direction, Rule));
        return TopologyResources.Replace(topology, TopologyResource.Of(SecurityGroupRules.With(group, Direction, rules.RemoveAt(index))));
    }
}
