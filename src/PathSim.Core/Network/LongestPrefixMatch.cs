using System.Collections.Immutable;
using PathSim.Addressing;

namespace PathSim.Network;

/// <summary>
/// Longest prefix match (R1) as a precomputed partition: the IPv4 space is cut into disjoint, sorted
/// intervals, each with its winning route, so a lookup is one binary search and a symbolic engine can
/// intersect a destination set with every interval.
/// </summary>
public static class LongestPrefixMatch
{
    /// <summary>
    /// Builds the partition for routes with distinct destinations (exact ties must already be decided,
    /// R4). The result covers 0.0.0.0–255.255.255.255 exactly, in address order, and adjacent intervals
    /// never share a route (they are merged).
    /// </summary>
    public static ImmutableArray<RouteInterval> BuildPartition(IEnumerable<CompiledRoute> routes)
    {
        // Prefixes nest or are disjoint, so a sweep in (network, length) order with a stack of the
        // enclosing routes assigns every address its most specific route in O(n log n).
        var sorted = routes.OrderBy(r => r.Destination).ToList();
        var result = ImmutableArray.CreateBuilder<RouteInterval>();
        var stack = new Stack<CompiledRoute>();
        long cursor = 0;

        void Emit(long from, long to, CompiledRoute? route)
        {
            if (from > to) return;
            var range = new Ipv4Range(new Ipv4Address((uint)from), new Ipv4Address((uint)to));
            if (result.Count > 0 && ReferenceEquals(result[^1].Route, route))
                result[^1] = new RouteInterval(new Ipv4Range(result[^1].Range.First, range.Last), route);
            else
                result.Add(new RouteInterval(range, route));
        }

        void PopEndedBefore(long position)
        {
            while (stack.Count > 0 && stack.Peek().Destination.Last.Value < position)
            {
                var top = stack.Pop();
                Emit(cursor, top.Destination.Last.Value, top);
                cursor = (long)top.Destination.Last.Value + 1;
            }
        }

        foreach (var route in sorted)
        {
            long first = route.Destination.First.Value;
            PopEndedBefore(first);
            Emit(cursor, first - 1, stack.Count > 0 ? stack.Peek() : null);
            cursor = Math.Max(cursor, first);
            stack.Push(route);
        }
        PopEndedBefore((long)uint.MaxValue + 1);
        Emit(cursor, uint.MaxValue, null);
        return result.ToImmutable();
    }

    /// <summary>The interval containing <paramref name="destination"/> (the partition covers everything).</summary>
    public static RouteInterval Lookup(ImmutableArray<RouteInterval> partition, Ipv4Address destination)
    {
        int lo = 0, hi = partition.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >>> 1;
            if (partition[mid].Range.First <= destination) lo = mid; else hi = mid - 1;
        }
        return partition[lo];
    }
}
