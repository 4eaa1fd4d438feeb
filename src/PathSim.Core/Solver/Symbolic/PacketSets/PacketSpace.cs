using System.Numerics;
using PathSim.Addressing;
using PathSim.Solver.Symbolic.Bdd;

namespace PathSim.Solver.Symbolic.PacketSets;

/// <summary>
/// The universe of IPv4 packet headers as 104 BDD variables, and the encoders and decoders between
/// header predicates (prefixes, address ranges, port ranges, protocols) and <see cref="PacketSet"/>s.
/// Each field is a contiguous block, most significant bit first, so a prefix or a range is a chain of
/// at most two nodes per bit, and "forget a field" (NAT's rewrite) is one quantification.
/// </summary>
/// <remarks>
/// Default order: source, destination, protocol, destination port, source port. The engine asks from
/// one sender at a time, so a walked set's source block is one address (a 32-node chain) and costs
/// nothing to cross, while both walks key on the fields below it: the forward walk on the destination
/// (routes, subnets, services), the reply walk on the forward source (its route lookup and delivery).
/// With the destination on top (the order until issue 6) every reply-side operation had to traverse
/// the whole destination block first: at M the full answer from every subnet made 4.1 M nodes in 4.5 s,
/// source first 2.0 M in 2.1 s, and TCP 443 to S3 and DynamoDB from every subnet ran ~1.7x faster
/// (benchmarks/README.md). One space per analysis; sets from different spaces must not be mixed. Not thread-safe.
/// </remarks>
public sealed class PacketSpace
{
    private static readonly PacketField[] DefaultOrder =
        [PacketField.Source, PacketField.Destination, PacketField.Protocol, PacketField.DestinationPort, PacketField.SourcePort];

    private readonly int[] _first = new int[5];
    private readonly PacketField[] _order;

    public PacketSpace() : this(DefaultOrder) { }

    /// <summary>A space with another field order (for measurements).</summary>
    public PacketSpace(IReadOnlyList<PacketField> order)
    {
        if (order.Count != 5 || order.Distinct().Count() != 5) throw new ArgumentException("name each field once", nameof(order));
        _order = [.. order];
        int next = 0;
        foreach (var field in _order)
        {
            _first[(int)field] = next;
            next += Width(field);
        }
        Factory = new BddFactory(next);
        Empty = new PacketSet(this, BddFactory.False);
        All = new PacketSet(this, BddFactory.True);
        // A packet without ports carries 0 in both port fields (PacketHeader's convention), so sets say
        // nothing about the ports of ICMP and friends.
        var withPorts = Protocol(IpProtocol.Tcp) | Protocol(IpProtocol.Udp);
        WellFormed = withPorts | (FieldEquals(PacketField.SourcePort, 0) & FieldEquals(PacketField.DestinationPort, 0));
    }

    public BddFactory Factory { get; }
    public IReadOnlyList<PacketField> Order => _order;

    public PacketSet Empty { get; }

    /// <summary>Every combination of header bits, including ICMP packets with non-zero "ports".</summary>
    public PacketSet All { get; }

    /// <summary>Every header a packet can have: TCP/UDP with any ports, other protocols with ports 0.</summary>
    public PacketSet WellFormed { get; }

    public static int Width(PacketField field) => field switch
    {
        PacketField.Destination or PacketField.Source => 32,
        PacketField.Protocol => 8,
        PacketField.DestinationPort or PacketField.SourcePort => 16,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>The BDD variable of the field's most significant bit.</summary>
    public int FirstVariable(PacketField field) => _first[(int)field];

    public PacketSet DestinationIn(Ipv4Prefix prefix) => FieldPrefix(PacketField.Destination, prefix.Network.Value, prefix.Length);
    public PacketSet SourceIn(Ipv4Prefix prefix) => FieldPrefix(PacketField.Source, prefix.Network.Value, prefix.Length);
    public PacketSet DestinationIn(Ipv4Range range) => FieldRange(PacketField.Destination, range.First.Value, range.Last.Value);
    public PacketSet SourceIn(Ipv4Range range) => FieldRange(PacketField.Source, range.First.Value, range.Last.Value);
    public PacketSet DestinationIs(Ipv4Address address) => FieldEquals(PacketField.Destination, address.Value);
    public PacketSet SourceIs(Ipv4Address address) => FieldEquals(PacketField.Source, address.Value);
    public PacketSet DestinationPorts(PortRange ports) => FieldRange(PacketField.DestinationPort, ports.From, ports.To);
    public PacketSet SourcePorts(PortRange ports) => FieldRange(PacketField.SourcePort, ports.From, ports.To);

    /// <summary>Packets of the protocol; <see cref="IpProtocol.All"/> is every packet.</summary>
    public PacketSet Protocol(IpProtocol protocol) =>
        protocol.IsAll ? All : FieldEquals(PacketField.Protocol, (uint)protocol.Number);

    /// <summary>Exactly one header.</summary>
    public PacketSet Packet(PacketHeader packet) =>
        DestinationIs(packet.Destination) & SourceIs(packet.Source) & Protocol(packet.Protocol)
        & FieldEquals(PacketField.DestinationPort, (uint)packet.DestinationPort)
        & FieldEquals(PacketField.SourcePort, (uint)packet.SourcePort);

    public PacketSet FieldEquals(PacketField field, uint value) => FieldPrefix(field, value, Width(field));

    /// <summary>Values of the field whose top <paramref name="length"/> bits equal those of <paramref name="value"/> (a field-width number).</summary>
    public PacketSet FieldPrefix(PacketField field, uint value, int length)
    {
        int width = Width(field);
        if (length < 0 || length > width) throw new ArgumentOutOfRangeException(nameof(length));
        int first = _first[(int)field];
        int node = BddFactory.True;
        for (int bit = length - 1; bit >= 0; bit--)
        {
            bool one = ((value >> (width - 1 - bit)) & 1) != 0;
            node = one ? Factory.MakeNode(first + bit, BddFactory.False, node) : Factory.MakeNode(first + bit, node, BddFactory.False);
        }
        return new PacketSet(this, node);
    }

    /// <summary>
    /// False only when no packet of the set has the field in the prefix: follows the prefix's bits down
    /// the diagram (no node is made, nothing is allocated). Above the field it explores at most a few
    /// branches and otherwise answers true, so it is a cheap pre-filter before an intersection, never a
    /// substitute for one.
    /// </summary>
    internal bool MayOverlap(PacketSet set, PacketField field, uint value, int length)
    {
        int budget = 8;
        return MayOverlap(set.Node, _first[(int)field], Width(field), value, length, ref budget);
    }

    private bool MayOverlap(int node, int first, int width, uint value, int length, ref int budget)
    {
        while (true)
        {
            if (node == BddFactory.False) return false;
            int level = Factory.Level(node);
            if (level >= first + length) return true;   // past the prefix's bits (or a terminal): a reduced non-false node is satisfiable
            if (level >= first)
            {
                bool one = ((value >> (width - 1 - (level - first))) & 1) != 0;
                node = one ? Factory.High(node) : Factory.Low(node);
                continue;
            }
            // Above the field: one side false is the common case (one sender); else a small, bounded search.
            int low = Factory.Low(node), high = Factory.High(node);
            if (low == BddFactory.False) node = high;
            else if (high == BddFactory.False) node = low;
            else
            {
                if (--budget < 0) return true;
                if (MayOverlap(low, first, width, value, length, ref budget)) return true;
                node = high;
            }
        }
    }

    /// <summary>Destinations in any of the ranges (sorted or not, overlapping or not).</summary>
    public PacketSet DestinationIn(IEnumerable<Ipv4Range> ranges) => FieldRanges(PacketField.Destination, ranges.Select(r => ((ulong)r.First.Value, (ulong)r.Last.Value)));

    /// <summary>Sources in any of the ranges.</summary>
    public PacketSet SourceIn(IEnumerable<Ipv4Range> ranges) => FieldRanges(PacketField.Source, ranges.Select(r => ((ulong)r.First.Value, (ulong)r.Last.Value)));

    /// <summary>
    /// The union of many intervals of one field, built top-down in one pass (no set operations): each
    /// aligned block is empty, full, or split in two, so the cost is O(intervals × width) — a service's
    /// hundreds of ranges cost what one union would.
    /// </summary>
    public PacketSet FieldRanges(PacketField field, IEnumerable<(ulong Lo, ulong Hi)> ranges)
    {
        var merged = new List<(ulong Lo, ulong Hi)>();
        foreach (var (lo, hi) in ranges.OrderBy(r => r.Lo))
        {
            if (merged.Count > 0 && lo <= merged[^1].Hi + 1)
            {
                if (hi > merged[^1].Hi) merged[^1] = (merged[^1].Lo, hi);
            }
            else merged.Add((lo, hi));
        }
        int width = Width(field);
        int first = _first[(int)field];
        int Build(int depth, ulong blockLo, int from, int to)
        {
            // merged[from..to) are the intervals that meet this block.
            if (from >= to) return BddFactory.False;
            ulong blockHi = blockLo + (1UL << (width - depth)) - 1;
            if (merged[from].Lo <= blockLo && merged[from].Hi >= blockHi) return BddFactory.True;
            ulong mid = blockLo + (1UL << (width - depth - 1));
            int split = from;
            while (split < to && merged[split].Lo < mid) split++;
            int rightFrom = split > from && merged[split - 1].Hi >= mid ? split - 1 : split;
            int low = Build(depth + 1, blockLo, from, split);
            int high = Build(depth + 1, mid, rightFrom, to);
            return Factory.MakeNode(first + depth, low, high);
        }
        return new PacketSet(this, Build(0, 0, 0, merged.Count));
    }

    /// <summary>Values lo..hi (inclusive) of the field, built bottom-up as "≥ lo" ∧ "≤ hi" chains.</summary>
    public PacketSet FieldRange(PacketField field, uint lo, uint hi)
    {
        int width = Width(field);
        ulong max = (1UL << width) - 1;
        if (hi > max || lo > hi) throw new ArgumentOutOfRangeException(nameof(hi));
        int first = _first[(int)field];
        int atLeast = BddFactory.True, atMost = BddFactory.True;
        for (int bit = width - 1; bit >= 0; bit--)
        {
            int shift = width - 1 - bit;
            int variable = first + bit;
            // x ≥ lo on bits bit..end: lo_bit = 1 needs x_bit = 1 and the rest ≥; lo_bit = 0 is won by x_bit = 1.
            atLeast = ((lo >> shift) & 1) != 0
                ? Factory.MakeNode(variable, BddFactory.False, atLeast)
                : Factory.MakeNode(variable, atLeast, BddFactory.True);
            atMost = ((hi >> shift) & 1) != 0
                ? Factory.MakeNode(variable, BddFactory.True, atMost)
                : Factory.MakeNode(variable, atMost, BddFactory.False);
        }
        return new PacketSet(this, Factory.And(atLeast, atMost));
    }

    /// <summary>The set with the field unconstrained (∃ field).</summary>
    public PacketSet Forget(PacketSet set, PacketField field)
    {
        int first = _first[(int)field];
        return new PacketSet(this, Factory.Exists(set.Node, first, first + Width(field) - 1));
    }

    /// <summary>Every packet of the set with the field replaced by any value of <paramref name="values"/> (a NAT rewrite).</summary>
    public PacketSet Rewrite(PacketSet set, PacketField field, PacketSet values) => Forget(set, field) & values;

    /// <summary>
    /// The replies of a set: source and destination swapped, source and destination ports swapped
    /// (<see cref="PacketHeader.Reverse"/> for every member).
    /// </summary>
    public PacketSet Reverse(PacketSet set)
    {
        var map = new int[Factory.VariableCount];
        for (int v = 0; v < map.Length; v++) map[v] = v;
        void Swap(PacketField a, PacketField b)
        {
            for (int bit = 0; bit < Width(a); bit++)
            {
                map[_first[(int)a] + bit] = _first[(int)b] + bit;
                map[_first[(int)b] + bit] = _first[(int)a] + bit;
            }
        }
        Swap(PacketField.Destination, PacketField.Source);
        Swap(PacketField.DestinationPort, PacketField.SourcePort);
        return new PacketSet(this, Factory.Replace(set.Node, map));
    }

    /// <summary>Whether the header is in the set (walks one path, no set operation).</summary>
    public bool Contains(PacketSet set, PacketHeader packet) =>
        Factory.Evaluate(set.Node, variable => Bit(packet, variable));

    /// <summary>The smallest header of the set in the variable order, or null when it is empty.</summary>
    public PacketHeader? Sample(PacketSet set)
    {
        var bits = Factory.AnySatisfying(set.Node);
        if (bits is null) return null;
        uint Read(PacketField field)
        {
            uint value = 0;
            int first = _first[(int)field];
            for (int bit = 0; bit < Width(field); bit++) value = (value << 1) | (bits[first + bit] ? 1u : 0u);
            return value;
        }
        return new PacketHeader(
            new Ipv4Address(Read(PacketField.Source)), new Ipv4Address(Read(PacketField.Destination)),
            IpProtocol.FromNumber((int)Read(PacketField.Protocol)),
            (int)Read(PacketField.SourcePort), (int)Read(PacketField.DestinationPort));
    }

    /// <summary>Number of headers in the set.</summary>
    public BigInteger Count(PacketSet set) => Factory.SatCount(set.Node);

    /// <summary>
    /// Decodes the set into disjoint boxes with merged intervals, never enumerating values: each field is
    /// walked once per distinct sub-diagram below it, so the work is proportional to the number of
    /// intervals in the answer, not to the number of addresses or ports.
    /// </summary>
    public IReadOnlyList<PacketBox> Boxes(PacketSet set)
    {
        var memo = new Dictionary<(int Node, int Depth), List<ulong[]>>();
        var raw = Decode(set.Node, 0, memo);
        var boxes = raw.Select(values => (ulong[])values.Clone()).ToList();
        MergeAdjacent(boxes);
        return boxes
            .Select(ToBox)
            .OrderBy(b => b.Destination).ThenBy(b => b.Source).ThenBy(b => b.ProtocolFrom)
            .ThenBy(b => b.DestinationPorts).ThenBy(b => b.SourcePorts)
            .ToList();
    }

    // A decoded box is ulong[10]: (lo, hi) per field, indexed by PacketField.
    private List<ulong[]> Decode(int node, int depth, Dictionary<(int, int), List<ulong[]>> memo)
    {
        if (node == BddFactory.False) return [];
        if (depth == _order.Length)
            return [new ulong[10]];
        if (memo.TryGetValue((node, depth), out var known)) return known;
        var field = _order[depth];
        var intervals = new List<(ulong Lo, ulong Hi, int Child)>();
        Walk(node, field, 0, 0, intervals);
        var result = new List<ulong[]>();
        foreach (var (lo, hi, child) in intervals)
        {
            foreach (var rest in Decode(child, depth + 1, memo))
            {
                var box = (ulong[])rest.Clone();
                box[2 * (int)field] = lo;
                box[2 * (int)field + 1] = hi;
                result.Add(box);
            }
        }
        memo[(node, depth)] = result;
        return result;
    }

    // Walks one field's bits in increasing value order, emitting maximal runs of values that lead to the same node below the field.
    private void Walk(int node, PacketField field, int depth, ulong prefix, List<(ulong Lo, ulong Hi, int Child)> output)
    {
        if (node == BddFactory.False) return;
        int width = Width(field);
        int first = _first[(int)field];
        int level = Factory.Level(node);
        if (depth == width || level >= first + width)
        {
            int free = width - depth;
            ulong lo = prefix << free;
            ulong hi = lo | ((1UL << free) - 1);
            if (output.Count > 0 && output[^1].Child == node && output[^1].Hi + 1 == lo)
                output[^1] = (output[^1].Lo, hi, node);
            else
                output.Add((lo, hi, node));
            return;
        }
        if (level == first + depth)
        {
            Walk(Factory.Low(node), field, depth + 1, prefix << 1, output);
            Walk(Factory.High(node), field, depth + 1, (prefix << 1) | 1, output);
        }
        else
        {
            Walk(node, field, depth + 1, prefix << 1, output);
            Walk(node, field, depth + 1, (prefix << 1) | 1, output);
        }
    }

    // Joins boxes that agree on all fields but one and touch on that one, until nothing joins.
    private static void MergeAdjacent(List<ulong[]> boxes)
    {
        bool changed = true;
        while (changed && boxes.Count > 1)
        {
            changed = false;
            for (int f = 0; f < 5; f++)
            {
                var groups = boxes.GroupBy(b => Key(b, f), KeyComparer.Instance);
                var merged = new List<ulong[]>(boxes.Count);
                foreach (var group in groups)
                {
                    ulong[]? current = null;
                    foreach (var box in group.OrderBy(b => b[2 * f]))
                    {
                        if (current is not null && current[2 * f + 1] + 1 == box[2 * f])
                        {
                            current[2 * f + 1] = box[2 * f + 1];
                            changed = true;
                            continue;
                        }
                        if (current is not null) merged.Add(current);
                        current = box;
                    }
                    if (current is not null) merged.Add(current);
                }
                boxes.Clear();
                boxes.AddRange(merged);
            }
        }
    }

    private static ulong[] Key(ulong[] box, int except)
    {
        var key = (ulong[])box.Clone();
        key[2 * except] = key[2 * except + 1] = 0;
        return key;
    }

    private static PacketBox ToBox(ulong[] b) => new(
        new Ipv4Range(new Ipv4Address((uint)b[0]), new Ipv4Address((uint)b[1])),
        new Ipv4Range(new Ipv4Address((uint)b[2]), new Ipv4Address((uint)b[3])),
        (int)b[4], (int)b[5],
        new PortRange((int)b[6], (int)b[7]),
        new PortRange((int)b[8], (int)b[9]));

    private bool Bit(PacketHeader packet, int variable)
    {
        foreach (var field in _order)
        {
            int first = _first[(int)field];
            int width = Width(field);
            if (variable < first || variable >= first + width) continue;
            uint value = field switch
            {
                PacketField.Destination => packet.Destination.Value,
                PacketField.Source => packet.Source.Value,
                PacketField.Protocol => (uint)packet.Protocol.Number,
                PacketField.DestinationPort => (uint)packet.DestinationPort,
                _ => (uint)packet.SourcePort,
            };
            return ((value >> (width - 1 - (variable - first))) & 1) != 0;
        }
        throw new ArgumentOutOfRangeException(nameof(variable));
    }

    private sealed class KeyComparer : IEqualityComparer<ulong[]>
    {
        public static readonly KeyComparer Instance = new();
        public bool Equals(ulong[]? x, ulong[]? y) => x.AsSpan().SequenceEqual(y);
        public int GetHashCode(ulong[] obj)
        {
            var hash = new HashCode();
            foreach (var v in obj) hash.Add(v);
            return hash.ToHashCode();
        }
    }
}
