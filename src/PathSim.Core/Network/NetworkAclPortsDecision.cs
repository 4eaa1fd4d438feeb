using System.Collections.Immutable;
using PathSim.Addressing;
using PathSim.Topology;

namespace PathSim.Network;

/// <summary>
/// What a network ACL did with one packet for a whole range of destination ports (the client's
/// ephemeral ports on a reply, F3): which ports pass and the entries that decided them, in rule order.
/// </summary>
public sealed record NetworkAclPortsDecision(
    NetworkAclId Acl,
    TrafficDirection Direction,
    PortRange Requested,
    ImmutableArray<PortRange> AllowedPorts,
    ImmutableArray<NetworkAclDecision> Decisions)
{
    public int AllowedCount => AllowedPorts.Sum(p => p.Count);

    public FilterCoverage Coverage =>
        AllowedCount == 0 ? FilterCoverage.None : AllowedCount == Requested.Count ? FilterCoverage.All : FilterCoverage.Partial;
}
