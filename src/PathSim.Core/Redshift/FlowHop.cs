using PathSim.Diagnostics;

namespace PathSim.Redshift;

/// <summary>
/// One step of a flow's path as a report shows it: the component (its id), what kind of component it
/// is (<c>security-group</c>, <c>network-acl</c>, <c>route-table</c>, <c>vpc-endpoint</c>, …) and the
/// rule that matched there, with where that rule was written.
/// </summary>
public sealed record FlowHop
{
    public required string Component { get; init; }
    public required string Kind { get; init; }

    /// <summary>What matched, e.g. <c>egress tcp 443 0.0.0.0/0</c> or <c>pl-63a5400a -> vpce-s3</c>; empty when nothing needed to match.</summary>
    public string Rule { get; init; } = "";
    public PathDirection Direction { get; init; } = PathDirection.Forward;

    /// <summary>False on the hop that dropped the packet (or, with <see cref="Partial"/>, part of the packets).</summary>
    public bool Passed { get; init; } = true;

    /// <summary>True when only part of the packets pass here (a reply ACL covering part of the ephemeral ports, F3).</summary>
    public bool Partial { get; init; }
    public SourceLocation Location { get; init; }

    /// <summary>For a network ACL hop, the number of the entry that decided (null for the implicit final deny).</summary>
    public int? RuleNumber { get; init; }

    /// <summary>True when an explicit deny entry refused the packets here (see <c>FilterStep.ExplicitDeny</c>).</summary>
    public bool ExplicitDeny { get; init; }

    public override string ToString() => Rule.Length == 0 ? $"{Component} ({Kind})" : $"{Component} ({Kind}): {Rule}";
}
