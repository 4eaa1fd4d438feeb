using System.Diagnostics.CodeAnalysis;
using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;

namespace PathSim.Topology;

/// <summary>A route's destination: a CIDR, or a prefix list that stands for one route per CIDR (R4).</summary>
public readonly record struct RouteDestination
{
    private RouteDestination(Ipv4Prefix? cidr, PrefixListId? prefixList)
    {
        Cidr = cidr;
        PrefixList = prefixList;
    }

    public Ipv4Prefix? Cidr { get; }
    public PrefixListId? PrefixList { get; }

    [MemberNotNullWhen(true, nameof(PrefixList))]
    public bool IsPrefixList => PrefixList is not null;

    public static RouteDestination ForCidr(Ipv4Prefix cidr) => new(cidr, null);
    public static RouteDestination ForPrefixList(PrefixListId id) => new(null, id);

    public override string ToString() => IsPrefixList ? PrefixList.Value.Value : Cidr!.Value.ToString();
}
