using FsCheck;
using FsCheck.Xunit;
using PathSim.Topology;
using PathSim.Validation;

namespace PathSim.Yaml.Tests;

public class WriterTests
{
    private static TopologyLoadResult RoundTrip(NetworkTopology topology) =>
        TopologyYamlReader.Read(TopologyYamlWriter.Write(topology), "written.yaml");

    [Fact]
    public void CompleteExample_WriteThenRead_IsEqualWithoutLocations()
    {
        var original = Load.Text(TopologyExamples.Complete).Topology!;

        var again = RoundTrip(original);

        Assert.Empty(again.Diagnostics);
        Assert.Equal(TopologyLocations.Strip(original), TopologyLocations.Strip(again.Topology!));
    }

    [Fact]
    public void Write_IsDeterministic_AndAFixedPointAfterOneRoundTrip()
    {
        var original = Load.Text(TopologyExamples.Complete).Topology!;

        string first = TopologyYamlWriter.Write(original);
        string second = TopologyYamlWriter.Write(RoundTrip(original).Topology!);

        Assert.Equal(first, TopologyYamlWriter.Write(original));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Write_StartsWithTheFormatVersion_AndWritesRulesOnOneLine()
    {
        string text = TopologyYamlWriter.Write(Load.Text(TopologyExamples.Complete).Topology!);

        Assert.StartsWith("pathsim: 1\nregion: us-east-1\naccount: \"111122223333\"\nvpcs:\n  - id: vpc-main\n    cidr: 10.0.0.0/16\n", text);
        Assert.Contains("\n      - {protocol: tcp, ports: 443, destination: 0.0.0.0/0, description: https out}\n", text);
        Assert.Contains("\n      - {rule: 100, protocol: tcp, ports: 1024-65535, source: 0.0.0.0/0, action: allow}\n", text);
    }

    [Fact]
    public void Write_DefaultsAreWrittenOut_SoTheyReadBackTheSame()
    {
        var t = Load.AfterHeader("""
            security_groups:
              - { id: sg-a, vpc: vpc-a }
            network_acls:
              - { id: acl-a, vpc: vpc-a, default: true }
            """).Topology!;

        string text = TopologyYamlWriter.Write(t);

        Assert.Contains("egress:\n      - {protocol: all, destination: 0.0.0.0/0}\n", text);
        Assert.Contains("ingress:\n      - {rule: 100, protocol: all, source: 0.0.0.0/0, action: allow}\n", text);
        Assert.Equal(TopologyLocations.Strip(t), TopologyLocations.Strip(RoundTrip(t).Topology!));
    }

    [Property(Arbitrary = [typeof(RandomTopologies)], MaxTest = 750)]
    public void RandomTopology_WriteThenRead_IsEqualWithoutLocations(NetworkTopology topology)
    {
        var again = RoundTrip(topology);

        // The generator pairs elastic_ip and publicly_accessible freely, which is worth round-tripping; those warnings (PS4009, PS4010) are expected.
        Assert.Empty(again.Diagnostics.Where(d => d.Id is not ("PS4009" or "PS4010")).Select(d => d.ToString()));
        Assert.Equal(TopologyLocations.Strip(topology), TopologyLocations.Strip(again.Topology!));
    }

    [Fact]
    public void WriteFile_ReplacesTheFileAtomically_LeavingNoTemporaryFile()
    {
        string directory = Directory.CreateTempSubdirectory("pathsim-writer-").FullName;
        string path = Path.Combine(directory, "out.yaml");
        try
        {
            File.WriteAllText(path, "old contents");
            var topology = Load.Text(TopologyExamples.Complete).Topology!;

            TopologyYamlWriter.WriteFile(topology, path);

            Assert.Equal(TopologyYamlWriter.Write(topology), File.ReadAllText(path));
            Assert.Equal(["out.yaml"], Directory.GetFiles(directory).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void AtomicFile_MissingDirectory_ThrowsAndLeavesNothing()
    {
        string path = Path.Combine(Path.GetTempPath(), $"pathsim-no-dir-{Guid.NewGuid():N}", "out.yaml");

        Assert.Throws<DirectoryNotFoundException>(() => AtomicFile.WriteAllText(path, "x"));
        Assert.False(File.Exists(path));
    }
}
