using System.Numerics;

namespace PathSim.Addressing;

/// <summary>
/// An inclusive interval of IPv4 addresses. Invariant: First ≤ Last. Symbolic answers come back as
/// ranges (a route partition is not always a list of whole prefixes); <see cref="ToString"/> prints a
/// CIDR when the range is exactly one prefix.
/// </summary>
public readonly record struct AddressRange : IComparable<AddressRange>
{
    public AddressRange(Ipv4Address first, Ipv4Address last)
    {
        if (last < first) throw new ArgumentOutOfRangeException(nameof(last));
        First = first;
        Last = last;
    }

    public Ipv4Address First { get; }
    public Ipv4Address Last { get; }

    public static AddressRange All => new(Ipv4Address.MinValue, Ipv4Address.MaxValue);
    public static AddressRange Of(Ipv4Prefix prefix) => new(prefix.First, prefix.Last);
    public static AddressRange Single(Ipv4Address address) => new(address, address);

    public long Size => (long)Last.Value - First.Value + 1;
    public bool Contains(Ipv4Address address) => address >= First && address <= Last;

    /// <summary>The prefix covering exactly this range, when there is one.</summary>
    public Ipv4Prefix? AsPrefix()
    {
        long size = Size;
        if (!BitOperations.IsPow2((ulong)size)) return null;
        int length = 32 - BitOperations.Log2((ulong)size);
        var prefix = Ipv4Prefix.Create(First, length);
        return prefix.First == First ? prefix : null;
    }

    /// <summary>The fewest prefixes that cover exactly this range, in address order.</summary>
    public IReadOnlyList<Ipv4Prefix> ToPrefixes()
    {
        var result = new List<Ipv4Prefix>();
        ulong next = First.Value, end = (ulong)Last.Value + 1;
        while (next < end)
        {
            int alignment = next == 0 ? 32 : BitOperations.TrailingZeroCount(next);
            int fit = BitOperations.Log2(end - next);
            int bits = Math.Min(alignment, fit);
            result.Add(Ipv4Prefix.Create(new Ipv4Address((uint)next), 32 - bits));
            next += 1UL << bits;
        }
        return result;
    }

    public int CompareTo(AddressRange other)
    {
        int c = First.CompareTo(other.First);
        return c != 0 ? c : Last.CompareTo(other.Last);
    }

    public override string ToString() =>
        AsPrefix() is { } prefix ? (prefix.Length == 32 ? prefix.Network.ToString() : prefix.ToString()) : $"{First}-{Last}";
}
