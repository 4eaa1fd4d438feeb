using System.Numerics;
using PathSim.Addressing;
using PathSim.Solver.Symbolic.Bdd;

namespace PathSim.Solver.Symbolic.PacketSets;

/// <summary>
/// A set of packet headers, as one BDD node of its <see cref="PacketSpace"/>. Equal sets are the same
/// node (hash-consing), so equality and emptiness are O(1). Set algebra: <c>&amp;</c> (intersection),
/// <c>|</c> (union), <c>-</c> (difference), <c>~</c> (complement within every bit combination).
/// </summary>
public readonly struct PacketSet : IEquatable<PacketSet>
{
    internal PacketSet(PacketSpace space, int node)
    {
        Space = space;
        Node = node;
    }

    public PacketSpace Space { get; }

    /// <summary>The BDD node in <see cref="PacketSpace.Factory"/>.</summary>
    public int Node { get; }

    public bool IsEmpty => Node == BddFactory.False;

    /// <summary>Every bit combination (see <see cref="PacketSpace.All"/>).</summary>
    public bool IsAll => Node == BddFactory.True;

    public static PacketSet operator &(PacketSet a, PacketSet b) => new(Same(a, b), a.Space.Factory.And(a.Node, b.Node));
    public static PacketSet operator |(PacketSet a, PacketSet b) => new(Same(a, b), a.Space.Factory.Or(a.Node, b.Node));
    public static PacketSet operator -(PacketSet a, PacketSet b) => new(Same(a, b), a.Space.Factory.Diff(a.Node, b.Node));
    public static PacketSet operator ~(PacketSet a) => new(a.Space, a.Space.Factory.Not(a.Node));

    public bool Overlaps(PacketSet other) => !(this & other).IsEmpty;
    public bool IsSubsetOf(PacketSet other) => (this - other).IsEmpty;

    public bool Contains(PacketHeader packet) => Space.Contains(this, packet);
    public BigInteger Count => Space.Count(this);
    public PacketHeader? Sample() => Space.Sample(this);
    public IReadOnlyList<PacketBox> ToBoxes() => Space.Boxes(this);

    public bool Equals(PacketSet other) => ReferenceEquals(Space, other.Space) && Node == other.Node;
    public override bool Equals(object? obj) => obj is PacketSet other && Equals(other);
    public override int GetHashCode() => Node;
    public static bool operator ==(PacketSet a, PacketSet b) => a.Equals(b);
    public static bool operator !=(PacketSet a, PacketSet b) => !a.Equals(b);

    public override string ToString() =>
        IsEmpty ? "{}" : string.Join("; ", ToBoxes().Take(20)) + (ToBoxes().Count > 20 ? "; …" : "");

    private static PacketSpace Same(PacketSet a, PacketSet b) =>
        ReferenceEquals(a.Space, b.Space) ? a.Space : throw new InvalidOperationException("packet sets from two spaces");
}
