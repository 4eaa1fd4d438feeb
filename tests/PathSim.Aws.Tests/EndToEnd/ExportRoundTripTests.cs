using PathSim.Network;
using PathSim.Solver.Tracing;
using PathSim.Testing.Assertions;
using PathSim.Testing.Redshift;
using PathSim.Testing.Topologies;
using PathSim.Topology;
using PathSim.Yaml;
using Xunit;

namespace PathSim.Aws.Tests.EndToEnd;

/// <summary>Snapshot → topology YAML → topology: the same model and the same trace answers (CLI.md, export).</summary>
public sealed class ExportRoundTripTests
{
    public static TheoryData<string> Snapshots => new(RealInputs.BatfishSnapshots);

    [Theory]
    [MemberData(nameof(Snapshots))]
    public void Snapshot_ExportedAndReadBack_GivesSameModelAndSameTraces(string snapshot)
    {
        var loaded = AwsSnapshotReader.Load(RealInputs.Batfish(snapshot));
        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Diagnostics));

        var yaml = TopologyYamlWriter.Write(loaded.Topology);
        var reread = TopologyYamlReader.Read(yaml, $"{snapshot}.yaml");

        Assert.True(reread.Succeeded, string.Join(Environment.NewLine, reread.Diagnostics));
        Assert.Equal(TopologyLocations.Strip(loaded.Topology), TopologyLocations.Strip(reread.Topology));
        Assert.Equal(Answers(loaded.Topology), Answers(reread.Topology));
    }

    /// <summary>
    /// The snapshots hold no Redshift cluster, so one is placed in the first two subnets of each VPC (with
    /// varied settings and bucket policies): its check verdicts, exits, codes and hops survive export → load.
    /// </summary>
    [Theory]
    [MemberData(nameof(Snapshots))]
    public void Snapshot_WithClustersExportedAndReadBack_GivesSameCheck(string snapshot)
    {
        var loaded = AwsSnapshotReader.Load(RealInputs.Batfish(snapshot));
        Assert.True(loaded.Succeeded, string.Join(Environment.NewLine, loaded.Diagnostics));
        var topology = RandomClusters.AddVaried(loaded.Topology, seed: snapshot.Length);
        Assert.NotEmpty(topology.RedshiftClusters);

        var reread = TopologyYamlReader.Read(TopologyYamlWriter.Write(topology), $"{snapshot}.yaml");

        Assert.True(reread.Succeeded, string.Join(Environment.NewLine, reread.Diagnostics));
        Assert.Equal(CheckFingerprint.Of(NetworkUnderTest.Of(topology).Check()), CheckFingerprint.Of(NetworkUnderTest.Of(reread.Topology).Check()));
    }

    /// <summary>From every interface: to every other interface, to the internet and to S3 of the region — verdict, exit and codes.</summary>
    private static List<string> Answers(NetworkTopology topology)
    {
        var tracer = new PacketTracer(NetworkModel.Build(topology));
        var targets = topology.NetworkInterfaces.Select(i => i.Id.Value).Concat(["8.8.8.8", $"s3:{topology.Region}"]).ToList();
        var answers = new List<string>();
        foreach (var from in topology.NetworkInterfaces)
        {
            var source = tracer.ResolveSource(from.Id.Value, out _);
            if (source is null) continue;
            foreach (var to in targets.Where(t => t != from.Id.Value))
            {
                Assert.True(TraceDestination.TryParse(to, out var destination));
                var r = tracer.Trace(new TraceRequest { Source = source, Destination = destination });
                answers.Add($"{from.Id} -> {to}: {r.Verdict} via {r.Via} [{string.Join(",", r.Codes)}]");
            }
        }
        return answers;
    }
}
