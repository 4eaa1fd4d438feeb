using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Network;

namespace PathSim.Traces;

/// <summary>
/// A security group or network ACL decision. For an ACL, <see cref="RuleNumber"/> is the matching entry's
/// number (null for the implicit final deny); for a security group, <see cref="Filter"/> is the group
/// whose rule allowed the packet (or the interface's groups when none did).
/// </summary>
public sealed record FilterStep : TraceStep
{
    public required string Filter { get; init; }
    public required ComponentKind FilterKind { get; init; }
    public required TrafficDirection Direction { get; init; }
    public required FilterAction Action { get; init; }
    public int? RuleNumber { get; init; }

    /// <summary>
    /// True when an explicit deny entry (not the implicit final deny, not a missing allow) refused the
    /// packet or the failing part of a reply's ports: the fix is to remove or renumber that entry.
    /// </summary>
    public bool ExplicitDeny { get; init; }

    /// <summary>
    /// For a reply checked over a port range (F3): the range it may come back to, null for a single-packet
    /// decision. With <see cref="PassingPorts"/> it says exactly which reply ports pass and which are dropped.
    /// </summary>
    public PortRange? CheckedPorts { get; init; }

    /// <summary>The ports of <see cref="CheckedPorts"/> the ACL admits, sorted and disjoint.</summary>
    public ValueArray<PortRange> PassingPorts { get; init; }
}
