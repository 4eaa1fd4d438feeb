using System.Collections.Immutable;

namespace PathSim.Addressing;

/// <summary>
/// An immutable set of IPv4 addresses kept as sorted, disjoint, non-adjacent ranges (so two sets with
/// the same addresses are equal however they were written). <see cref="Prefixes"/> gives the merged
/// CIDR form. Used for service address spaces, resolved security-group peers and route partitions.
/// </summary>
public sealed class Ipv4PrefixSet : IEquatable<Ipv4PrefixSet>
{
    private readonly ImmutableArray<Ipv4Range> _ranges;
    private ImmutableArray<Ipv4Prefix> _prefixes;

    private Ipv4PrefixSet(ImmutableArray<Ipv4Range> normalisedRanges) => _ranges = normalisedRanges;

    public static Ipv4PrefixSet Empty { get; } = new([]);
    public static Ipv4PrefixSet All { get; } = new([Ipv4Range.All]);

    public static Ipv4PrefixSet Create(IEnumerable<Ipv4Prefix> prefixes) => FromRanges(prefixes.Select(Ipv4Range.FromPrefix));

    public static Ipv4PrefixSet Create(params Ipv4Prefix[] prefixes) => Create((IEnumerable<Ipv4Prefix>)prefixes);

    /// <summary>Sorts and merges overlapping or adjacent ranges.</summary>
    public static Ipv4PrefixSet FromRanges(IEnumerable<Ipv4Range> ranges)
    {
        var sorted = ranges.OrderBy(r => r.First.Value).ToList();
        if (sorted.Count == 0) return Empty;
        var merged = ImmutableArray.CreateBuilder<Ipv4Range>();
        var current = sorted[0];
        for (int i = 1; i < sorted.Count; i++)
        {
            var next = sorted[i];
            if ((long)next.First.Value <= (long)current.Last.Value + 1)
            {
                if (next.Last > current.Last) current = new Ipv4Range(current.First, next.Last);
            }
            else
            {
                merged.Add(current);
                current = next;
            }
        }
        merged.Add(current);
        return new Ipv4PrefixSet(merged.ToImmutable());
    }

    /// <summary>Sorted, disjoint, non-adjacent.</summary>
    public ImmutableArray<Ipv4Range> Ranges => _ranges;

    /// <summary>The fewest CIDR blocks covering exactly this set, in address order.</summary>
    public ImmutableArray<Ipv4Prefix> Prefixes
    {
        get
        {
            if (_prefixes.IsDefault) _prefixes = [.. _ranges.SelectMany(r => r.ToPrefixes())];
            return _prefixes;
        }
    }

    public bool IsEmpty => _ranges.Length == 0;

    public long AddressCount => _ranges.Sum(r => r.Size);

    public bool Contains(Ipv4Address address)
    {
        int lo = 0, hi = _ranges.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var r = _ranges[mid];
            if (address < r.First) hi = mid - 1;
            else if (address > r.Last) lo = mid + 1;
            else return true;
        }
        return false;
    }

    public bool Contains(Ipv4Prefix prefix) => Intersect(Create(prefix)).AddressCount == prefix.Size;

    public bool Overlaps(Ipv4PrefixSet other) => !Intersect(other).IsEmpty;

    public Ipv4PrefixSet Union(Ipv4PrefixSet other) => FromRanges(_ranges.Concat(other._ranges));

    public Ipv4PrefixSet Intersect(Ipv4PrefixSet other)
    {
        var result = ImmutableArray.CreateBuilder<Ipv4Range>();
        int i = 0, j = 0;
        while (i < _ranges.Length && j < other._ranges.Length)
        {
            var a = _ranges[i];
            var b = other._ranges[j];
            var first = a.First > b.First ? a.First : b.First;
            var last = a.Last < b.Last ? a.Last : b.Last;
            if (first <= last) result.Add(new Ipv4Range(first, last));
            if (a.Last < b.Last) i++; else j++;
        }
        return new Ipv4PrefixSet(result.ToImmutable());
    }

    public Ipv4PrefixSet Except(Ipv4PrefixSet other) => Intersect(other.Complement());

    public Ipv4PrefixSet Complement()
    {
        var result = ImmutableArray.CreateBuilder<Ipv4Range>();
        long next = 0;
        foreach (var r in _ranges)
        {
            if (r.First.Value > next) result.Add(new Ipv4Range(new Ipv4Address((uint)next), new Ipv4Address(r.First.Value - 1)));
            next = (long)r.Last.Value + 1;
        }
        if (next <= uint.MaxValue) result.Add(new Ipv4Range(new Ipv4Address((uint)next), Ipv4Address.MaxValue));
        return new Ipv4PrefixSet(result.ToImmutable());
    }

    /// <summary>
    /// A stable address to stand for the whole set in a concrete trace: the first address of the
    /// largest CIDR block (lowest on a tie), so small edits elsewhere in the set do not move it.
    /// Null for the empty set.
    /// </summary>
    public Ipv4Address? Representative
    {
        get
        {
            if (IsEmpty) return null;
            var best = Prefixes[0];
            foreach (var p in Prefixes)
                if (p.Length < best.Length) best = p;
            return best.First;
        }
    }

    public bool Equals(Ipv4PrefixSet? other) => other is not null && _ranges.SequenceEqual(other._ranges);
    public override bool Equals(object? obj) => Equals(obj as Ipv4PrefixSet);
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var r in _ranges) hash.Add(r);
        return hash.ToHashCode();
    }

    public override string ToString() => IsEmpty ? "{}" : string.Join(", ", Prefixes);
}
