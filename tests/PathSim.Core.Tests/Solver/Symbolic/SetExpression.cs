using FsCheck;
using FsCheck.Fluent;
using PathSim.Addressing;
using PathSim.Solver.Symbolic.PacketSets;

namespace PathSim.Core.Tests.Solver.Symbolic;

/// <summary>A random set-algebra term over header atoms, with a brute-force meaning to compare the BDD against.</summary>
public abstract record SetExpression
{
    public abstract PacketSet Encode(PacketSpace space);
    public abstract bool Holds(PacketHeader p);

    public sealed record DestinationPrefix(Ipv4Prefix Prefix) : SetExpression
    {
        public override PacketSet Encode(PacketSpace space) => space.DestinationIn(Prefix);
        public override bool Holds(PacketHeader p) => Prefix.Contains(p.Destination);
    }

    public sealed record SourceRange(Ipv4Range Range) : SetExpression
    {
        public override PacketSet Encode(PacketSpace space) => space.SourceIn(Range);
        public override bool Holds(PacketHeader p) => Range.Contains(p.Source);
    }

    public sealed record Proto(IpProtocol Protocol) : SetExpression
    {
        public override PacketSet Encode(PacketSpace space) => space.Protocol(Protocol);
        public override bool Holds(PacketHeader p) => Protocol.Matches(p.Protocol);
    }

    public sealed record DestinationPorts(PortRange Ports) : SetExpression
    {
        public override PacketSet Encode(PacketSpace space) => space.DestinationPorts(Ports);
        public override bool Holds(PacketHeader p) => Ports.Contains(p.DestinationPort);
    }

    public sealed record SourcePorts(PortRange Ports) : SetExpression
    {
        public override PacketSet Encode(PacketSpace space) => space.SourcePorts(Ports);
        public override bool Holds(PacketHeader p) => Ports.Contains(p.SourcePort);
    }

    public sealed record And(SetExpression Left, SetExpression Right) : SetExpression
    {
        public override PacketSet Encode(PacketSpace space) => Left.Encode(space) & Right.Encode(space);
        public override bool Holds(PacketHeader p) => Left.Holds(p) && Right.Holds(p);
    }

    public sealed record Or(SetExpression Left, SetExpression Right) : SetExpression
    {
        public override PacketSet Encode(PacketSpace space) => Left.Encode(space) | Right.Encode(space);
        public override bool Holds(PacketHeader p) => Left.Holds(p) || Right.Holds(p);
    }

    public sealed record Minus(SetExpression Left, SetExpression Right) : SetExpression
    {
        public override PacketSet Encode(PacketSpace space) => Left.Encode(space) - Right.Encode(space);
        public override bool Holds(PacketHeader p) => Left.Holds(p) && !Right.Holds(p);
    }

    public sealed record Not(SetExpression Inner) : SetExpression
    {
        public override PacketSet Encode(PacketSpace space) => ~Inner.Encode(space);
        public override bool Holds(PacketHeader p) => !Inner.Holds(p);
    }

    /// <summary>Addresses cluster around a few bases so atoms overlap, nest and touch.</summary>
    public static readonly uint[] Bases = [0x0A000000, 0x0A000100, 0x0A010000, 0x34D80000, 0xFFFFFF00, 0];

    public static Gen<uint> Address =>
        from b in Gen.Elements(Bases)
        from offset in Gen.Frequency((3, Gen.Choose(0, 300)), (1, Gen.Choose(0, int.MaxValue)))
        select unchecked(b + (uint)offset);

    public static Gen<PortRange> PortGen =>
        from a in Gen.Frequency((2, Gen.Elements(0, 443, 1024, 32768, 60999, 65535)), (1, Gen.Choose(0, 65535)))
        from b in Gen.Frequency((2, Gen.Elements(0, 443, 1023, 32767, 60999, 65535)), (1, Gen.Choose(0, 65535)))
        select new PortRange(Math.Min(a, b), Math.Max(a, b));

    public static Gen<SetExpression> Atom =>
        Gen.OneOf(
            from a in Address from len in Gen.Choose(0, 32) select (SetExpression)new DestinationPrefix(Ipv4Prefix.Create(new Ipv4Address(a), len)),
            from a in Address from b in Address select (SetExpression)new SourceRange(new Ipv4Range(new Ipv4Address(Math.Min(a, b)), new Ipv4Address(Math.Max(a, b)))),
            from p in Gen.Elements(IpProtocol.Tcp, IpProtocol.Udp, IpProtocol.Icmp, IpProtocol.All) select (SetExpression)new Proto(p),
            from r in PortGen select (SetExpression)new DestinationPorts(r),
            from r in PortGen select (SetExpression)new SourcePorts(r));

    // Children are built lazily: an eager tree of generators grows faster than the terms it makes.
    private static Gen<SetExpression> Sub(int size) => Gen.Constant(0).SelectMany(_ => Sized(size));

    public static Gen<SetExpression> Sized(int size) => size <= 1
        ? Atom
        : Gen.Frequency(
            (2, Atom),
            (3, from l in Sub(size / 2) from r in Sub(size / 2) select (SetExpression)new And(l, r)),
            (3, from l in Sub(size / 2) from r in Sub(size / 2) select (SetExpression)new Or(l, r)),
            (2, from l in Sub(size / 2) from r in Sub(size / 2) select (SetExpression)new Minus(l, r)),
            (1, from i in Sub(size - 1) select (SetExpression)new Not(i)));

    public static IEnumerable<SetExpression> Shrink(SetExpression e) => e switch
    {
        And(var l, var r) => [l, r],
        Or(var l, var r) => [l, r],
        Minus(var l, var r) => [l, r],
        Not(var i) => [i],
        _ => [],
    };

    public static Arbitrary<SetExpression> Arbitrary => Arb.From(Gen.Sized(s => Sized(Math.Min(s, 24))), Shrink);

    /// <summary>Packets near the atoms' edges (the same bases), so boundaries get probed.</summary>
    public static Gen<PacketHeader> Point =>
        from d in Address
        from s in Address
        from p in Gen.Elements(IpProtocol.Tcp, IpProtocol.Udp, IpProtocol.Icmp, IpProtocol.FromNumber(50))
        from dp in Gen.Frequency((2, Gen.Elements(0, 442, 443, 444, 1023, 1024, 32767, 32768, 60999, 61000, 65535)), (1, Gen.Choose(0, 65535)))
        from sp in Gen.Frequency((2, Gen.Elements(0, 442, 443, 444, 1023, 1024, 32767, 32768, 60999, 61000, 65535)), (1, Gen.Choose(0, 65535)))
        select new PacketHeader(new Ipv4Address(s), new Ipv4Address(d), p, sp, dp);
}
