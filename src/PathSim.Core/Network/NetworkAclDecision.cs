using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Network;

/// <summary>
/// What a network ACL did with one packet: the first matching entry (F2), or the implicit final deny
/// when <see cref="Entry"/> is null.
/// </summary>
public sealed record NetworkAclDecision(NetworkAclId Acl, TrafficDirection Direction, bool Allowed, NetworkAclEntry? Entry)
{
    /// <summary>The rule number, or null for the implicit final deny (AWS shows it as <c>*</c>).</summary>
    public int? RuleNumber => Entry?.RuleNumber;

    /// <summary><c>ingress 100 allow tcp 443 0.0.0.0/0</c>, or <c>ingress * deny all 0.0.0.0/0 (implicit)</c>.</summary>
    public string Text => $"{Direction.ToString().ToLowerInvariant()} {Entry?.ToString() ?? "* deny all 0.0.0.0/0 (implicit)"}";

    public SourceLocation Location => Entry?.Location ?? default;
}
