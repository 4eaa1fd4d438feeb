using FsCheck;
using FsCheck.Fluent;
using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Network;
using PathSim.Solver.Symbolic;
using PathSim.Testing;
using PathSim.Testing.Topologies;
using PathSim.Topology;
using PathSim.Traces;
using Xunit;

namespace PathSim.Core.Tests.Solver.Symbolic;

/// <summary>
/// Properties of the symbolic engine on random valid topologies (<see cref="RandomTopology"/>). Case
/// counts scale with PATHSIM_PROPERTY_SCALE (see <see cref="PropertyBudget"/>).
/// </summary>
[Trait("Category", "Property")]
public sealed class SymbolicEnginePropertyTests
{
    /// <summary>A topology and one of its interfaces as the source (the topology shrinks, the source is kept when it survives).</summary>
    public sealed record SourceCase(NetworkTopology Topology, int SourceIndex)
    {
        public NetworkModel Model() => NetworkModel.Build(Topology);

        public CompiledInterface? Source(NetworkModel model)
        {
            var declared = Topology.NetworkInterfaces;
            return declared.IsEmpty ? null : model.FindInterface(declared[SourceIndex % declared.Count].Id);
        }

        public override string ToString() => $"source #{SourceIndex}{Environment.NewLine}{RandomTopology.Describe(Topology)}";
    }

    public static Arbitrary<SourceCase> Cases => Arb.From(
        from t in RandomTopology.Generator
        from i in Gen.Choose(0, 50)
        select new SourceCase(t, i),
        c => RandomTopology.Shrink(c.Topology).Select(t => c with { Topology = t }));

    // (2) R1: the compiled partition's winner for every address equals a brute-force scan of the routes.
    [Fact]
    public void LongestPrefixMatch_RandomTables_EqualsBruteForceScan()
    {
        var arb = Arb.From(
            from t in RandomTopology.Generator
            from addresses in Gen.OneOf(
                SetExpression.Address,
                Gen.Elements(0x34D80000u, 0x34D7FFFFu, 0x0A000000u, 0x0A00FFFFu, 0x0A010000u, 0x08080800u, 0x01020304u, 0xFFFFFFFFu, 0u)).ArrayOf(60)
            select (t, addresses),
            c => RandomTopology.Shrink(c.t).Select(t => (t, c.addresses)));
        PropertyBudget.Check(arb, c =>
        {
            var model = NetworkModel.Build(c.t);
            foreach (var table in model.RouteTables)
                foreach (var value in c.addresses)
                {
                    var address = new Ipv4Address(value);
                    var expected = table.Routes.Where(r => r.Destination.Contains(address)).OrderByDescending(r => r.Destination.Length).FirstOrDefault();
                    if (!ReferenceEquals(expected, table.Lookup(address))) return false;
                }
            return true;
        }, baseline: 750);
    }

    // (3a) F1: adding an allow rule to a security group never removes a packet that arrived and returned.
    [Fact]
    public void AddingSecurityGroupAllowRule_RandomTopologies_NeverRemovesReachability()
    {
        var arb = Arb.From(
            from c in Cases.Generator
            from g in Gen.Choose(0, 20)
            from egress in Gen.Elements(true, false)
            from rule in RuleGen
            select (c, g, egress, rule),
            x => Cases.Shrinker(x.c).Select(c => (c, x.g, x.egress, x.rule)));
        PropertyBudget.Check(arb, x =>
        {
            var (c, g, egress, rule) = x;
            if (c.Topology.SecurityGroups.IsEmpty) return true;
            int index = g % c.Topology.SecurityGroups.Count;
            var group = c.Topology.SecurityGroups[index];
            var widened = c.Topology with
            {
                SecurityGroups = c.Topology.SecurityGroups.SetItem(index,
                    egress ? group with { Egress = group.Egress.Add(rule) } : group with { Ingress = group.Ingress.Add(rule) }),
            };
            return SuccessGrows(c with { Topology = widened }, c);
        }, baseline: 200);
    }

    // (3b) F2: adding a deny entry to a network ACL never adds a packet that arrives and returns.
    [Fact]
    public void AddingNetworkAclDenyRule_RandomTopologies_NeverAddsReachability()
    {
        var arb = Arb.From(
            from c in Cases.Generator
            from a in Gen.Choose(0, 20)
            from ingress in Gen.Elements(true, false)
            from number in Gen.Choose(1, 32766)
            from cidr in Gen.Elements("0.0.0.0/0", "10.0.0.0/16", "10.0.1.0/24", "52.216.0.0/15", "10.1.0.0/16")
            from protocol in Gen.Elements("tcp", "udp", "all", "icmp")
            from ports in Gen.Elements("443", "1024-65535", "32768-60999", "0-65535", "1024-40000")
            select (c, a, ingress, number, cidr, protocol, ports),
            x => Cases.Shrinker(x.c).Select(c => (c, x.a, x.ingress, x.number, x.cidr, x.protocol, x.ports)));
        PropertyBudget.Check(arb, x =>
        {
            var (c, a, ingress, number, cidr, protocol, ports) = x;
            if (c.Topology.NetworkAcls.IsEmpty) return true;
            int index = a % c.Topology.NetworkAcls.Count;
            var acl = c.Topology.NetworkAcls[index];
            var entries = ingress ? acl.Ingress : acl.Egress;
            if (entries.Any(e => e.RuleNumber == number)) return true;
            var p = IpProtocol.Parse(protocol);
            var deny = new NetworkAclEntry
            {
                RuleNumber = number, Protocol = p, Ports = p.HasPorts ? PortRange.Parse(ports) : PortRange.All,
                Cidr = Ipv4Prefix.Parse(cidr), Action = NetworkAclAction.Deny,
            };
            var sorted = entries.Add(deny).OrderBy(e => e.RuleNumber).ToValueArray();
            var narrowed = c.Topology with
            {
                NetworkAcls = c.Topology.NetworkAcls.SetItem(index, ingress ? acl with { Ingress = sorted } : acl with { Egress = sorted }),
            };
            return SuccessGrows(c, c with { Topology = narrowed });
        }, baseline: 200);
    }

    // (4) R1/R5: a blackhole route more specific than every other route of the source's table drops exactly its prefix.
    [Fact]
    public void BlackholeMoreSpecificThanEveryRoute_RandomTopologies_DropsExactlyItsPrefix()
    {
        var arb = Arb.From(
            from c in Cases.Generator
            from network in Gen.Elements(0x34D80000u, 0x08080800u, 0x01020300u, 0x36000000u, 0x03050000u, 0xC0A80000u)
            from offset in Gen.Choose(0, 255)
            select (c, network + (uint)offset * 256),
            x => Cases.Shrinker(x.c).Select(c => (c, x.Item2)));
        PropertyBudget.Check(arb, x =>
        {
            var (c, network) = x;
            var model = c.Model();
            if (c.Source(model) is not { } source || model.RouteTableFor(source.Subnet) is not { } table || table.IsImplicit) return true;
            var address = new Ipv4Address(network);
            int longest = table.Routes.Where(r => r.Destination.Contains(address)).Select(r => r.Destination.Length).DefaultIfEmpty(0).Max();
            var hole = Ipv4Prefix.Create(address, Math.Max(longest + 1, 25));
            var written = c.Topology.RouteTables.FirstOrDefault(t => t.Id == table.Id);
            if (written is null || hole.Length > 32) return true;
            var withHole = c.Topology with
            {
                RouteTables = c.Topology.RouteTables.SetItem(c.Topology.RouteTables.AsImmutableArray().IndexOf(written), written with
                {
                    Routes = written.Routes.Add(new Route { Destination = RouteDestination.ForCidr(hole), Target = RouteTarget.Blackhole, State = RouteState.Blackhole }),
                }),
            };
            var before = new SymbolicEngine(model);
            var afterModel = NetworkModel.Build(withHole);
            var after = new SymbolicEngine(afterModel, before.Space);
            var beforeReport = before.Reach(source);
            var afterReport = after.Reach(afterModel.FindInterface(source.Id)!);
            var inHole = before.Space.DestinationIn(hole);
            // The sender's security groups decide before the route table (F1, then R1).
            var sgDropped = beforeReport.Where(o => o.Code == ExplanationCode.EniSgRulesMismatch && o.Rule!.StartsWith("egress", StringComparison.Ordinal));
            var holeDrops = afterReport.Where(o => o.Code == ExplanationCode.BadStateRoute && o.At == new ComponentRef(ComponentKind.RouteTable, table.Id.Value) && o.Rule == $"{hole} -> blackhole");
            bool exactlyPrefix = holeDrops == (afterReport.Packets & inHole) - sgDropped;
            bool restUnchanged = beforeReport.Classes.All(k => afterReport.Classes.Any(a => a.Outcome == k.Outcome && (k.Packets - inHole).IsSubsetOf(a.Packets)));
            return exactlyPrefix && restUnchanged;
        }, baseline: 200);
    }

    private static Gen<SecurityGroupRule> RuleGen =>
        from protocol in Gen.Elements(IpProtocol.Tcp, IpProtocol.Udp, IpProtocol.All, IpProtocol.Icmp)
        from ports in Gen.Elements("443", "0-65535", "1024-65535", "80")
        from peer in Gen.Elements("0.0.0.0/0", "10.0.0.0/16", "10.1.0.0/16", "52.216.0.0/15", "10.0.1.0/24")
        select new SecurityGroupRule { Protocol = protocol, Ports = protocol.HasPorts ? PortRange.Parse(ports) : PortRange.All, Peer = RulePeer.ForCidr(Ipv4Prefix.Parse(peer)) };

    /// <summary>Every packet that arrives and returns in <paramref name="smaller"/> also does in <paramref name="larger"/>.</summary>
    private static bool SuccessGrows(SourceCase larger, SourceCase smaller)
    {
        var smallModel = smaller.Model();
        var largeModel = larger.Model();
        if (smaller.Source(smallModel) is not { } source || largeModel.FindInterface(source.Id) is not { } same) return true;
        var small = new SymbolicEngine(smallModel);
        var large = new SymbolicEngine(largeModel, small.Space);
        var smallSuccess = small.Reach(source).Where(o => o.IsSuccess);
        var largeSuccess = large.Reach(same).Where(o => o.IsSuccess);
        return smallSuccess.IsSubsetOf(largeSuccess);
    }
}
