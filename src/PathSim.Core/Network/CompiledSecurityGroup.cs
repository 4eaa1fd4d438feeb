using System.Collections.Immutable;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Network;

/// <summary>A security group with resolved peers (F1).</summary>
public sealed class CompiledSecurityGroup
{
    internal CompiledSecurityGroup(SecurityGroupId id, VpcId vpc, SourceLocation location,
        ImmutableArray<CompiledSecurityGroupRule> ingress, ImmutableArray<CompiledSecurityGroupRule> egress)
    {
        Id = id;
        Vpc = vpc;
        Location = location;
        Ingress = ingress;
        Egress = egress;
    }

    public SecurityGroupId Id { get; }
    public VpcId Vpc { get; }
    public SourceLocation Location { get; }
    public ImmutableArray<CompiledSecurityGroupRule> Ingress { get; }
    public ImmutableArray<CompiledSecurityGroupRule> Egress { get; }

    public ImmutableArray<CompiledSecurityGroupRule> Rules(TrafficDirection direction) =>
        direction == TrafficDirection.Ingress ? Ingress : Egress;

    public override string ToString() => Id.Value;
}
