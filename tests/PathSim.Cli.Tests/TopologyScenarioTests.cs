using System.Text.Json;
using Xunit;

namespace PathSim.Cli.Tests;

/// <summary>Every file in topologies/ is an end-to-end test: `pathsim check FILE --format json` must report exactly its expectation table.</summary>
public sealed class TopologyScenarioTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in ScenarioFiles()) data.Add(file);
        return data;
    }

    /// <summary>Every topology under topologies/ (subfolders too), relative with '/'; what-if edit files (*.edits.yaml) are not topologies.</summary>
    public static IEnumerable<string> ScenarioFiles() =>
        Directory.EnumerateFiles(RepositoryPaths.Topologies, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".edits.yaml", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Topologies, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Files))]
    public void Check_BundledTopology_ReportsExpectedFlows(string file)
    {
        Assert.True(ScenarioExpectations.All.TryGetValue(file, out var expected),
            $"topologies/{file} has no expectation table in ScenarioExpectations.All");

        var result = CliRunner.Run("check", RepositoryPaths.Topology(file), "--format", "json");

        Assert.Equal("", result.Error);
        var actual = FlowRows(result.Output);
        Assert.Equal(expected.Flows, actual);
        Assert.Equal(expected.ExitCode, result.ExitCode);
    }

    [Fact]
    public void Expectations_EveryEntry_HasATopologyFile()
    {
        foreach (var name in ScenarioExpectations.All.Keys)
            Assert.True(File.Exists(RepositoryPaths.Topology(name)), $"expectation for missing file topologies/{name}");
    }

    [Fact]
    public void Topologies_Directory_HoldsAtLeastTwelveScenarios() =>
        Assert.True(ScenarioFiles().Count() >= 12);

    /// <summary>Flattens the JSON report to "SUBNET FLOW TARGET VERDICT VIA CODES" rows.</summary>
    public static IReadOnlyList<string> FlowRows(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var rows = new List<string>();
        foreach (var cluster in doc.RootElement.GetProperty("clusters").EnumerateArray())
        foreach (var f in cluster.GetProperty("flows").EnumerateArray())
        {
            var via = f.GetProperty("via").ValueKind == JsonValueKind.Null ? "-" : f.GetProperty("via").GetString();
            var codes = f.GetProperty("codes").EnumerateArray().Select(c => c.GetString()).ToList();
            rows.Add($"{f.GetProperty("subnet").GetString()} {f.GetProperty("flow").GetString()} {f.GetProperty("target").GetString()} " +
                     $"{f.GetProperty("verdict").GetString()} {via} {(codes.Count == 0 ? "-" : string.Join(",", codes))}");
        }
        return rows;
    }
}
