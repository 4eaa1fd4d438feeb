using FsCheck;
using FsCheck.Fluent;
using PathSim.Testing;
using PathSim.Testing.Assertions;
using PathSim.Testing.Redshift;
using PathSim.Testing.Topologies;
using PathSim.Topology;
using PathSim.Validation;
using PathSim.Yaml;
using Xunit;

namespace PathSim.Core.Tests.Redshift;

/// <summary>
/// Property (5) of issue 4: check verdicts survive export → load. On random topologies with clusters of
/// every kind (node types, catalogs, public access, bucket policies), the check of the topology and the
/// check of its YAML export read back agree on every flow: verdict, exit, codes, hops and blocker.
/// </summary>
public sealed class CheckExportRoundTripTests
{
    /// <summary>The random topology shrinks (FsCheck removes parts); the clusters are placed after shrinking, from the second seed.</summary>
    private static Arbitrary<(NetworkTopology Topology, int ClusterSeed)> Cases =>
        Arb.From(
            RandomTopology.Generator.Zip(Gen.Choose(0, int.MaxValue)),
            c => RandomTopology.Shrink(c.Item1).Select(t => (t, c.Item2)));

    [Fact]
    [Trait("Category", "Property")]
    public void Check_RandomTopologyWithClustersExportedAndReadBack_SameFlowsVerdictsExitsCodesAndHops() =>
        PropertyBudget.Check(Prop.ForAll(Cases, c =>
        {
            var topology = RandomClusters.AddVaried(c.Topology, c.ClusterSeed);
            if (topology.RedshiftClusters.IsEmpty) return true.Label("no clusters").Classify(true, "no clusters");
            if (TopologyValidator.Validate(topology).Any(d => d.IsError)) return true.Label("invalid").Classify(true, "invalid");
            var before = CheckFingerprint.Of(NetworkUnderTest.Of(topology).Check());

            var read = TopologyYamlReader.Read(TopologyYamlWriter.Write(topology), "exported.yaml");
            if (!read.Succeeded) return false.Label("the export does not load: " + string.Join("; ", read.Diagnostics));
            var after = CheckFingerprint.Of(NetworkUnderTest.Of(read.Topology).Check());

            var first = before.Zip(after).FirstOrDefault(p => p.First != p.Second);
            return (before.SequenceEqual(after))
                .Label($"cluster seed {c.ClusterSeed}; before: {first.First}; after: {first.Second}; counts {before.Count}/{after.Count}");
        }), baseline: 300);
}
