using System.Collections.Immutable;

namespace PathSim.Addressing;

/// <summary>
/// An inclusive range of IPv4 addresses. Invariant: First ≤ Last. Route partitions and prefix sets are
/// built from ranges because a union of CIDRs is rarely a CIDR, while it is always a few ranges.
/// </summary>
public readonly record struct Ipv4Range : IComparable<Ipv4Range>
{
    public Ipv4Range(Ipv4Address first, Ipv4Address last)
    {
        if (last < first) throw new ArgumentOutOfRangeException(nameof(last), "last < first");
        First = first;
        Last = last;
    }

    public Ipv4Address First { get; }
    public Ipv4Address Last { get; }

    public static Ipv4Range All => new(Ipv4Address.MinValue, Ipv4Address.MaxValue);

    public static Ipv4Range FromPrefix(Ipv4Prefix prefix) => new(prefix.First, prefix.Last);

    /// <summary>Number of addresses, as a long so the whole space fits.</summary>
    public long Size => (long)Last.Value - First.Value + 1;

    public bool Contains(Ipv4Address address) => address >= First && address <= Last;
    public bool Contains(Ipv4Range other) => other.First >= First && other.Last <= Last;
    public bool Overlaps(Ipv4Range other) => other.First <= Last && First <= other.Last;

    /// <summary>The fewest CIDR blocks that cover exactly this range, in address order.</summary>
    public ImmutableArray<Ipv4Prefix> ToPrefixes()
    {
        var result = ImmutableArray.CreateBuilder<Ipv4Prefix>();
        long start = First.Value;
        long end = Last.Value;
        while (start <= end)
        {
            // The largest block aligned at start that does not run past end.
            int length = 32;
            while (length > 0)
            {
                long size = 1L << (32 - (length - 1));
                if ((start & (size - 1)) != 0 || start + size - 1 > end) break;
                length--;
            }
            result.Add(Ipv4Prefix.Create(new Ipv4Address((uint)start), length));
            start += 1L << (32 - length);
        }
        return result.ToImmutable();
    }

    public int CompareTo(Ipv4Range other)
    {
        int c = First.CompareTo(other.First);
        return c != 0 ? c : Last.CompareTo(other.Last);
    }

    public override string ToString() => First == Last ? First.ToString() : $"{First}-{Last}";
}
