using FsCheck;
using FsCheck.Fluent;
using PathSim.Addressing;
using PathSim.Network;
using PathSim.Redshift;
using PathSim.Testing;
using PathSim.Testing.Topologies;
using PathSim.Topology;
using PathSim.Validation;
using PathSim.WhatIf;
using Xunit;

namespace PathSim.Core.Tests.Redshift;

/// <summary>
/// The symbolic probe (check's default) and the tracer probe (the readable reference) give the same
/// answer for every in-VPC question of random topologies with clusters of every kind: verdict, exit,
/// codes, the dropping component, and what the service sees (endpoint, public source) for policies.
/// </summary>
[Trait("Category", "Property")]
public sealed class PathProbeAgreementTests
{
    /// <summary>The random topology shrinks (FsCheck removes parts); the clusters are placed after shrinking, from the second seed.</summary>
    private static Arbitrary<(NetworkTopology Topology, int ClusterSeed)> Cases =>
        Arb.From(
            RandomTopology.Generator.Zip(Gen.Choose(0, int.MaxValue)),
            c => RandomTopology.Shrink(c.Item1).Select(t => (t, c.Item2)));

    [Fact]
    public void Probes_RandomTopologiesWithClusters_AgreeOnVerdictViaCodesDropAndExit() =>
        PropertyBudget.Check(Prop.ForAll(Cases, c =>
        {
            var topology = RandomClusters.AddVaried(c.Topology, c.ClusterSeed);
            if (topology.RedshiftClusters.IsEmpty) return true.Label("no clusters").Classify(true, "no clusters");
            if (TopologyValidator.Validate(topology).Any(d => d.IsError)) return true.Label("invalid").Classify(true, "invalid");
            return Agree(topology, $"cluster seed {c.ClusterSeed}");
        }), baseline: 400);

    /// <summary>
    /// The same on topologies pushed towards partial answers: each cluster subnet's route table gets a
    /// route for a piece of S3's or the catalog's prefixes (to a blackhole, R5, or to a target the table
    /// already uses), and its network ACL a low-numbered entry over part of the ports or prefixes (F2, F3).
    /// </summary>
    [Fact]
    public void Probes_RandomTopologiesWithPartialRoutesAndAcls_AgreeOnVerdictViaCodesDropAndExit() =>
        PropertyBudget.Check(Prop.ForAll(Cases, c =>
        {
            var topology = RandomClusters.AddVaried(c.Topology, c.ClusterSeed);
            if (topology.RedshiftClusters.IsEmpty) return true.Label("no clusters").Classify(true, "no clusters");
            if (TopologyValidator.Validate(topology).Any(d => d.IsError)) return true.Label("invalid").Classify(true, "invalid");
            var edits = PartialEdits(topology, new Random(c.ClusterSeed));
            var edited = TopologyEditor.Apply(topology, edits);
            if (!edited.Succeeded) return true.Label("edits do not apply").Classify(true, "edits do not apply");
            return Agree(edited.Topology!, $"cluster seed {c.ClusterSeed}, edits {string.Join("; ", edits.Select(e => e.Describe()))}");
        }), baseline: 400);

    /// <summary>Public service prefixes the flows resolve to (S3 and the catalogs in us-east-1, S3 in eu-west-1) and pieces of them.</summary>
    private static readonly string[] ServicePieces =
        ["52.216.0.0/15", "52.216.0.0/16", "52.217.128.0/17", "54.231.0.0/16", "3.5.0.0/19", "3.5.0.0/20", "18.34.0.0/19", "0.0.0.0/1", "0.0.0.0/0"];

    private static List<TopologyEdit> PartialEdits(NetworkTopology topology, Random random)
    {
        var model = NetworkModel.Build(topology);
        var edits = new List<TopologyEdit>();
        var subnets = topology.RedshiftClusters.SelectMany(c => c.Subnets).Distinct();
        var tables = subnets.Select(model.RouteTableFor).OfType<CompiledRouteTable>().DistinctBy(t => t.Id);
        // Only declared ACLs can be edited (a VPC without one gets an implicit default ACL in the model).
        var acls = subnets.Select(model.NetworkAclFor).OfType<CompiledNetworkAcl>().DistinctBy(a => a.Id)
            .Where(a => topology.NetworkAcls.Any(d => d.Id == a.Id));
        foreach (var table in tables)
        {
            if (random.NextDouble() < 0.3) continue;
            var used = table.Routes.Where(r => r.Target.Kind != RouteTargetKind.Local && !r.IsBlackhole).Select(r => r.Target).Distinct().ToList();
            var target = used.Count == 0 || random.NextDouble() < 0.5 ? RouteTarget.Blackhole : used[random.Next(used.Count)];
            var piece = Ipv4Prefix.Parse(ServicePieces[random.Next(ServicePieces.Length - 2)]);
            if (table.Routes.Any(r => r.Destination == piece)) continue;
            edits.Add(new AddRoute(table.Id, new Route { Destination = RouteDestination.ForCidr(piece), Target = target }));
        }
        foreach (var acl in acls)
        {
            if (random.NextDouble() < 0.3) continue;
            int from = random.Next(1024, 65535);
            int to = random.Next(from, 65536);
            bool replies = random.NextDouble() < 0.7;
            edits.Add(new AddNetworkAclEntry(acl.Id, replies ? RuleDirection.Ingress : RuleDirection.Egress, new NetworkAclEntry
            {
                RuleNumber = random.Next(1, 30),
                Protocol = IpProtocol.Tcp,
                Ports = replies ? new PortRange(from, to) : PortRange.Single(443),
                Cidr = Ipv4Prefix.Parse(ServicePieces[random.Next(ServicePieces.Length)]),
                Action = NetworkAclAction.Deny,
            }));
        }
        return edits;
    }

    private static Property Agree(NetworkTopology topology, string label)
    {
        var model = NetworkModel.Build(topology);
        var mismatch = FirstMismatch(model, new SymbolicPathProbe(model), new TracerPathProbe(model), out var verdicts);
        return (mismatch is null)
            .Label($"{label}: {mismatch}")
            .Classify(verdicts.Contains(Traces.Verdict.Intermittent), "has intermittent")
            .Classify(verdicts.Contains(Traces.Verdict.Unreachable), "has unreachable");
    }

    /// <summary>Every cluster × subnet × (service, region) of its planned flows; null when both probes agree on all.</summary>
    public static string? FirstMismatch(NetworkModel model, INetworkPathProbe symbolic, INetworkPathProbe tracer, out HashSet<Traces.Verdict> verdicts)
    {
        verdicts = [];
        var topology = model.Topology;
        foreach (var cluster in topology.RedshiftClusters)
        {
            var questions = RedshiftFlowPlanner.Plan(topology, cluster).Select(f => (f.Service, f.Region)).Distinct().ToList();
            foreach (var subnet in cluster.Subnets)
                foreach (var (service, region) in questions)
                {
                    var query = new NetworkPathQuery(cluster, subnet, service, region);
                    var s = symbolic.Probe(query);
                    var t = tracer.Probe(query);
                    verdicts.Add(s.Verdict);
                    if (Describe(s) != Describe(t))
                        return $"{cluster.Id} {subnet} {service}:{region}{Environment.NewLine}  symbolic: {Describe(s)}{Environment.NewLine}  tracer:   {Describe(t)}"
                            + (s.Split is { } split ? $"{Environment.NewLine}  split: {split}" : "")
                            + $"{Environment.NewLine}{RandomTopology.Describe(topology)}";
                }
        }
        return null;
    }

    private static string Describe(NetworkPathOutcome o) =>
        $"{o.Verdict} via {o.Via ?? "-"} [{string.Join(",", o.Codes.Select(c => c.Value))}] drop {o.Drop?.Component ?? "-"} ({o.Drop?.Kind ?? "-"}) " +
        $"endpoint {o.Endpoint?.Value ?? "-"} public {o.PublicSource?.ToString() ?? "-"} " +
        // The ways out as a set: the probes list the exits after the first in their own order.
        $"exits {string.Join(" ", o.Exits.Select(e => $"{e.Via ?? "-"}/{e.Endpoint?.Value ?? "-"}/{e.PublicSource?.ToString() ?? "-"}").Order(StringComparer.Ordinal))}";

    /// <summary>
    /// The whole check, policies per exit included (E3, E4: an endpoint-only bucket refusing the part of
    /// S3 a longer route sends through a NAT), gives the same verdict, via, codes and blocker per flow
    /// with either probe, on the partial-route topologies where flows leave by several exits.
    /// </summary>
    [Fact]
    public void Check_RandomTopologiesWithPartialRoutes_SameFlowsWithEitherProbe() =>
        PropertyBudget.Check(Prop.ForAll(Cases, c =>
        {
            var topology = RandomClusters.AddVaried(c.Topology, c.ClusterSeed);
            if (topology.RedshiftClusters.IsEmpty) return true.Label("no clusters").Classify(true, "no clusters");
            if (TopologyValidator.Validate(topology).Any(d => d.IsError)) return true.Label("invalid").Classify(true, "invalid");
            var edited = TopologyEditor.Apply(topology, PartialEdits(topology, new Random(c.ClusterSeed)));
            if (!edited.Succeeded) return true.Label("edits do not apply").Classify(true, "edits do not apply");
            var after = edited.Topology!;
            var model = NetworkModel.Build(after);
            var authorizer = new PolicyFlowAuthorizer(after);
            var symbolic = Rows(new RedshiftAnalyzer(new SymbolicPathProbe(model), authorizer).Check(after));
            var tracer = Rows(new RedshiftAnalyzer(new TracerPathProbe(model), authorizer).Check(after));
            var first = symbolic.Zip(tracer).FirstOrDefault(p => p.First != p.Second);
            return (symbolic.SequenceEqual(tracer))
                .Label($"cluster seed {c.ClusterSeed}{Environment.NewLine}  symbolic: {first.First}{Environment.NewLine}  tracer:   {first.Second}{Environment.NewLine}{RandomTopology.Describe(after)}")
                .Classify(symbolic.Any(r => r.Contains(" intermittent ", StringComparison.Ordinal)), "has intermittent")
                .Classify(symbolic.Any(r => r.Contains(" denied ", StringComparison.Ordinal)), "has denied");
        }), baseline: 300);

    private static List<string> Rows(RedshiftCheck check) =>
        [.. check.Clusters.SelectMany(c => c.Flows.Select(f =>
            $"{c.Cluster} {f.Subnet} {f.Flow.Kind} {f.Flow.Target} {f.Verdict} via {f.Via ?? "-"} [{string.Join(",", f.Codes.Select(x => x.Value))}] blocked by {f.Blocker?.Component ?? "-"}"))];
}
