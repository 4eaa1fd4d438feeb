using System.Collections.Immutable;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Network;

/// <summary>A network ACL with its rules sorted by rule number, lowest first (F2).</summary>
public sealed class CompiledNetworkAcl
{
    internal CompiledNetworkAcl(NetworkAclId id, VpcId vpc, bool isDefault, bool isImplicit, SourceLocation location,
        ImmutableArray<NetworkAclEntry> ingress, ImmutableArray<NetworkAclEntry> egress)
    {
        Id = id;
        Vpc = vpc;
        IsDefault = isDefault;
        IsImplicit = isImplicit;
        Location = location;
        Ingress = ingress;
        Egress = egress;
    }

    public NetworkAclId Id { get; }
    public VpcId Vpc { get; }
    public bool IsDefault { get; }

    /// <summary>True for the allow-all default ACL pathsim supplies to a VPC that declares none.</summary>
    public bool IsImplicit { get; }
    public SourceLocation Location { get; }

    /// <summary>Sorted by rule number (stable for equal numbers, which validation reports).</summary>
    public ImmutableArray<NetworkAclEntry> Ingress { get; }
    public ImmutableArray<NetworkAclEntry> Egress { get; }

    public ImmutableArray<NetworkAclEntry> Entries(TrafficDirection direction) =>
        direction == TrafficDirection.Ingress ? Ingress : Egress;

    public override string ToString() => Id.Value;
}
