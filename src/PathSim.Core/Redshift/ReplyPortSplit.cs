using PathSim.Addressing;
using PathSim.Collections;

namespace PathSim.Redshift;

/// <summary>
/// F3: the replies of a flow come back through a network ACL (<see cref="At"/>) that admits only part
/// of the port range they may return to (<see cref="Checked"/>: the node's ephemeral ports, or the NAT
/// gateway's 1024–65535): a connection works or times out by the port it was given.
/// </summary>
public sealed record ReplyPortSplit
{
    public required string At { get; init; }

    /// <summary>The entry blamed: an explicit deny taking part of the range, else the allow entry that is too narrow; null for the implicit deny.</summary>
    public int? RuleNumber { get; init; }

    /// <summary>
    /// Whether <see cref="RuleNumber"/> is an explicit deny that drops the ports. Otherwise the ports are dropped by
    /// the implicit deny (<c>*</c>) after the too narrow allow entry <see cref="RuleNumber"/>, which must not be named as the dropper.
    /// </summary>
    public bool RuleDenies { get; init; }

    public required PortRange Checked { get; init; }

    /// <summary>The destinations whose replies pass on part of the ports only.</summary>
    public Ipv4PrefixSet Destinations { get; init; } = Ipv4PrefixSet.Empty;

    /// <summary>The ports of <see cref="Checked"/> whose replies pass, sorted and disjoint (neither empty nor all of it).</summary>
    public required ValueArray<PortRange> Passing { get; init; }

    /// <summary>The ports of <see cref="Checked"/> whose replies are dropped.</summary>
    public ValueArray<PortRange> Dropped
    {
        get
        {
            var dropped = new List<PortRange>();
            int next = Checked.From;
            foreach (var pass in Passing)
            {
                if (pass.From > next) dropped.Add(new PortRange(next, pass.From - 1));
                next = Math.Max(next, pass.To + 1);
            }
            if (next <= Checked.To) dropped.Add(new PortRange(next, Checked.To));
            return [.. dropped];
        }
    }

    /// <summary>
    /// <c>reply ports 49152-60999 dropped at acl-cluster by the implicit deny after allow rule 100; 32768-49151 pass</c>,
    /// or <c>… dropped at acl-cluster deny rule 50; …</c> when an explicit deny takes them.
    /// </summary>
    public override string ToString()
    {
        string by = (RuleNumber, RuleDenies) switch
        {
            ({ } n, true) => $" deny rule {n}",
            ({ } n, false) => $" by the implicit deny after allow rule {n}",
            _ => " by the implicit deny",
        };
        return $"reply ports {string.Join(", ", Dropped)} dropped at {At}{by}; {string.Join(", ", Passing)} pass";
    }
}
