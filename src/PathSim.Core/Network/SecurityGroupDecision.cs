using System.Collections.Immutable;
using PathSim.Topology;

namespace PathSim.Network;

/// <summary>
/// What the union of an interface's security groups did with one packet: the first allowing rule
/// (groups in the interface's order, rules in written order), or no rule (denied, F1).
/// </summary>
public sealed record SecurityGroupDecision(
    TrafficDirection Direction, ImmutableArray<SecurityGroupId> Groups, CompiledSecurityGroupRule? Rule)
{
    public bool Allowed => Rule is not null;

    public string Text => Rule?.Text
        ?? $"{Direction.ToString().ToLowerInvariant()}: no rule of {(Groups.IsEmpty ? "(no security group)" : string.Join(", ", Groups))} allows it";
}
