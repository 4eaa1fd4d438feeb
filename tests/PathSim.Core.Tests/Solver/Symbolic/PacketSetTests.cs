using FsCheck;
using FsCheck.Fluent;
using PathSim.Addressing;
using PathSim.Solver.Symbolic.PacketSets;
using PathSim.Testing;
using Xunit;

namespace PathSim.Core.Tests.Solver.Symbolic;

[Trait("Category", "Property")]
public sealed class PacketSetTests
{
    private static Arbitrary<(SetExpression, PacketHeader[])> ExpressionWithPoints =>
        Arb.From(
            from e in Gen.Sized(s => SetExpression.Sized(Math.Min(s, 24)))
            from points in SetExpression.Point.ArrayOf(40)
            select (e, points),
            t => SetExpression.Shrink(t.Item1).Select(e => (e, t.Item2)));

    [Fact]
    public void Encoding_RandomExpressions_MatchesBruteForceMembership()
    {
        PropertyBudget.Check(ExpressionWithPoints, t =>
        {
            var space = new PacketSpace();
            var set = t.Item1.Encode(space);
            return t.Item2.All(p => set.Contains(p) == t.Item1.Holds(p));
        }, baseline: 750);
    }

    [Fact]
    public void SetAlgebra_RandomTerms_SatisfiesLaws()
    {
        var three = Arb.From(SetExpression.Sized(8).Three());
        PropertyBudget.Check(three, t =>
        {
            var space = new PacketSpace();
            var (a, b, c) = (t.Item1.Encode(space), t.Item2.Encode(space), t.Item3.Encode(space));
            return (a & b) == (b & a)
                && (a | b) == (b | a)
                && (a & (b | c)) == ((a & b) | (a & c))
                && (a | (b & c)) == ((a | b) & (a | c))
                && ~(a & b) == (~a | ~b)
                && ~(a | b) == (~a & ~b)
                && (a - b) == (a & ~b)
                && ~~a == a
                && (a | ~a).IsAll
                && (a & ~a).IsEmpty
                && ((a - b) | (a & b)) == a
                && (a & b).IsSubsetOf(a)
                && (a.Count + b.Count == (a | b).Count + (a & b).Count);
        }, baseline: 750);
    }

    [Fact]
    public void DestinationPrefix_RandomPointsInsideAndOutside_MatchesPrefixContains()
    {
        var arb = Arb.From(
            from a in SetExpression.Address
            from len in Gen.Choose(0, 32)
            from points in SetExpression.Address.ArrayOf(30)
            select (Ipv4Prefix.Create(new Ipv4Address(a), len), points));
        PropertyBudget.Check(arb, t =>
        {
            var space = new PacketSpace();
            var set = space.DestinationIn(t.Item1);
            var inside = new[] { t.Item1.First, t.Item1.Last };
            return inside.All(p => set.Contains(Header(p)))
                && t.Item2.All(v => set.Contains(Header(new Ipv4Address(v))) == t.Item1.Contains(new Ipv4Address(v)))
                && set.Count == (System.Numerics.BigInteger)t.Item1.Size << 72
                && space.Factory.Size(set.Node) == t.Item1.Length + 2 - (t.Item1.Length == 0 ? 1 : 0);
        }, baseline: 750);
    }

    [Fact]
    public void Boxes_RandomExpressions_AreDisjointAndCoverExactlyTheSet()
    {
        PropertyBudget.Check(ExpressionWithPoints, t =>
        {
            var space = new PacketSpace();
            var set = t.Item1.Encode(space);
            var boxes = set.ToBoxes();
            var rebuilt = space.Empty;
            System.Numerics.BigInteger total = 0;
            foreach (var b in boxes)
            {
                rebuilt |= space.DestinationIn(b.Destination) & space.SourceIn(b.Source)
                    & space.FieldRange(PacketField.Protocol, (uint)b.ProtocolFrom, (uint)b.ProtocolTo)
                    & space.DestinationPorts(b.DestinationPorts) & space.SourcePorts(b.SourcePorts);
                total += (System.Numerics.BigInteger)b.Destination.Size * b.Source.Size * (b.ProtocolTo - b.ProtocolFrom + 1)
                    * b.DestinationPorts.Count * b.SourcePorts.Count;
            }
            return rebuilt == set && total == set.Count
                && t.Item2.All(p => boxes.Any(b => b.Contains(p)) == set.Contains(p));
        }, baseline: 500);
    }

    [Fact]
    public void Reverse_RandomExpressions_ContainsExactlyTheReversedPackets()
    {
        PropertyBudget.Check(ExpressionWithPoints, t =>
        {
            var space = new PacketSpace();
            var set = t.Item1.Encode(space);
            var reversed = space.Reverse(set);
            return t.Item2.All(p => reversed.Contains(p.Reverse()) == set.Contains(p))
                && space.Reverse(reversed) == set;
        }, baseline: 500);
    }

    [Fact]
    public void Rewrite_SourceToOneAddress_KeepsOtherFieldsAndFixesSource()
    {
        PropertyBudget.Check(ExpressionWithPoints, t =>
        {
            var space = new PacketSpace();
            var set = t.Item1.Encode(space);
            var nat = new Ipv4Address(0x0A0000FE);
            var rewritten = space.Rewrite(set, PacketField.Source, space.SourceIs(nat));
            // p is in the rewrite iff its source is the NAT address and some packet of the set differs from it only in the source.
            return t.Item2.All(p =>
                !set.Contains(p) || rewritten.Contains(p with { Source = nat }))
                && rewritten.IsSubsetOf(space.SourceIs(nat))
                && (set.IsEmpty == rewritten.IsEmpty);
        }, baseline: 500);
    }

    [Fact]
    public void Sample_NonEmptySet_ReturnsMember()
    {
        PropertyBudget.Check(SetExpression.Arbitrary, e =>
        {
            var space = new PacketSpace();
            var set = e.Encode(space);
            var sample = set.Sample();
            return set.IsEmpty ? sample is null : sample is { } p && set.Contains(p);
        }, baseline: 750);
    }

    [Fact]
    public void DestinationInRanges_RandomRangeLists_EqualsUnionOfSingleRanges()
    {
        var arb = Arb.From(
            from ranges in (from a in SetExpression.Address from b in SetExpression.Address select new Ipv4Range(new Ipv4Address(Math.Min(a, b)), new Ipv4Address(Math.Max(a, b)))).ArrayOf()
            from points in SetExpression.Address.ArrayOf(30)
            select (ranges, points));
        PropertyBudget.Check(arb, t =>
        {
            var space = new PacketSpace();
            var fast = space.DestinationIn(t.ranges);
            var slow = t.ranges.Aggregate(space.Empty, (set, r) => set | space.DestinationIn(r));
            return fast == slow && t.points.All(v => fast.Contains(Header(new Ipv4Address(v))) == t.ranges.Any(r => r.Contains(new Ipv4Address(v))));
        }, baseline: 750);
    }

    [Fact]
    public void Boxes_PrefixMinusHole_PrintsMergedRanges()
    {
        var space = new PacketSpace();
        var set = (space.DestinationIn(Ipv4Prefix.Parse("10.0.0.0/16")) - space.DestinationIn(Ipv4Prefix.Parse("10.0.1.0/24")))
                  & space.Protocol(IpProtocol.Tcp) & space.DestinationPorts(PortRange.Single(443));
        var boxes = set.ToBoxes().Select(b => b.ToString()).ToArray();
        Assert.Equal(
            ["tcp 0.0.0.0/0 -> 10.0.0.0/24:443", "tcp 0.0.0.0/0 -> 10.0.2.0-10.0.255.255:443"],
            boxes);
    }

    [Fact]
    public void Boxes_WellFormed_SplitsPortlessProtocols()
    {
        var space = new PacketSpace();
        var boxes = space.WellFormed.ToBoxes();
        Assert.Equal(5, boxes.Count);   // 0-5, tcp, 7-16, udp, 18-255
        Assert.Contains(boxes, b => b.ProtocolFrom == 6 && b.ProtocolTo == 6 && b.DestinationPorts.IsAll);
        Assert.Contains(boxes, b => b.ProtocolFrom == 18 && b.ProtocolTo == 255 && b.DestinationPorts == PortRange.Single(0));
    }

    private static PacketHeader Header(Ipv4Address destination) =>
        new(new Ipv4Address(0), destination, IpProtocol.Tcp, 1000, 443);
}
