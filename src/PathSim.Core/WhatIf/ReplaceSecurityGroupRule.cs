using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>Puts <paramref name="Replacement"/> in place of the rule that matches <paramref name="Rule"/> exactly.</summary>
public sealed record ReplaceSecurityGroupRule(SecurityGroupId Group, RuleDirection Direction, SecurityGroupRule Rule, SecurityGroupRule Replacement) : TopologyEdit
{
    public override string Describe() => $"replace rule {Group}: {SecurityGroupRules.Describe(Direction, Rule)} with {Replacement}";

    internal override NetworkTopology? ApplyTo(NetworkTopology topology, EditContext context)
    {
        if (context.Require<SecurityGroup>(topology, ResourceKind.SecurityGroup, Group.Value) is not { } group) return null;
        var rules = SecurityGroupRules.Of(group, Direction);
        int index = SecurityGroupRules.IndexOf(rules, Rule);
        if (index < 0) return context.Invalid(SecurityGroupRules.NotFound(Group, Direction, Rule));
        return TopologyResources.Replace(topology, TopologyResource.Of(SecurityGroupRules.With(group, Direction, rules.SetItem(index, Replacement))));
    }
}
