using System.Diagnostics;
using System.Text;

namespace PathSim.Yaml.Tests;

/// <summary>
/// Hostile inputs (DOTNET-NOTES.md: YamlDotNet has no guard and overflows the stack, which kills the
/// process) are refused with a diagnostic. The only timing assert is a generous bound that catches
/// a hang, not a benchmark.
/// </summary>
public class ReaderLimitsTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);

    private static (Validation.TopologyLoadResult Result, TimeSpan Took) Timed(Func<Validation.TopologyLoadResult> read)
    {
        var clock = Stopwatch.StartNew();
        var result = read();
        return (result, clock.Elapsed);
    }

    [Fact]
    public void BillionLaughs_IsRefusedByTheNodeLimit()
    {
        // 9 levels of 9 aliases each: 72 aliases (under the alias limit) that stand for 9^9 nodes.
        var text = new StringBuilder("pathsim: 1\nregion: us-east-1\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 8; i++)
            text.Append(Level(i)).Append('\n');

        var (result, took) = Timed(() => Load.Text(text.ToString()));

        // t.yaml:6:11: error PS1007: more than 2000000 YAML nodes
        Assert.Equal("PS1007", Assert.Single(result.Diagnostics).Id);
        Assert.True(took < Generous, $"took {took}");

        static string Level(int i) =>
            $"lol{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 9))}]";
    }

    [Fact]
    public void ManyAliases_AreRefusedAboveTheAliasLimit()
    {
        var text = "pathsim: 1\nregion: &r us-east-1\nx: [" + string.Join(", ", Enumerable.Repeat("*r", 101)) + "]\n";

        var result = Load.Text(text);

        // t.yaml:3:...: error PS1005: more than 100 YAML aliases; anchors and aliases are limited to keep loading bounded
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("PS1005", 3), (d.Id, d.Location.Line));
    }

    [Fact]
    public void AliasExpandingBeyondTheDepthLimit_IsRefused()
    {
        // Each alias nests the previous anchor one level deeper, so the walk depth exceeds 64
        // although no line of the file nests deeply.
        var text = new StringBuilder("pathsim: 1\nregion: us-east-1\nd0: &d0 [x]\n");
        for (int i = 1; i <= 70; i++) text.Append($"d{i}: &d{i} [*d{i - 1}]\n");

        var result = Load.Text(text.ToString());

        Assert.Equal("PS1004", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void DeepFlowSequence_100000Levels_IsRefusedAtTheDepthLimit()
    {
        string text = new string('[', 100_000) + new string(']', 100_000);

        var (result, took) = Timed(() => Load.Text(text));

        // t.yaml:1:65: error PS1004: nesting deeper than 64 levels
        Assert.Equal([("PS1004", 1, 65)], Load.Codes(result));
        Assert.True(took < Generous, $"took {took}");
    }

    [Fact]
    public void DeepBlockMapping_30000Levels_IsRefusedAtTheDepthLimit()
    {
        // Explicit keys nest block mappings on one line ("? ? ? x"), so 30 000 levels fit in 60 KB
        // (the indented form would be 450 MB).
        string text = string.Concat(Enumerable.Repeat("? ", 30_000)) + "x\n";

        var (result, took) = Timed(() => Load.Text(text));

        // t.yaml:1:129: error PS1004: nesting deeper than 64 levels
        Assert.Equal([("PS1004", 1, 129)], Load.Codes(result));
        Assert.True(took < Generous, $"took {took}");
    }

    [Fact]
    public void DeepIndentedBlockMapping_IsRefusedAtTheDepthLimit()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 3_000; i++) text.Append(' ', i).Append("a:\n");
        text.Append(' ', 3_000).Append("b\n");

        var result = Load.Text(text.ToString());

        // t.yaml:65:65: error PS1004: nesting deeper than 64 levels
        Assert.Equal([("PS1004", 65, 65)], Load.Codes(result));
    }

    [Fact]
    public void TwentyMegabyteText_IsRefusedBeforeParsing()
    {
        string text = "pathsim: 1\nregion: us-east-1\n" + new string('#', 20 * 1024 * 1024);

        var (result, took) = Timed(() => Load.Text(text));

        // t.yaml: error PS1002: the file is 20971549 bytes; the limit is 16777216
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("PS1002", "t.yaml", 0), (d.Id, d.Location.File, d.Location.Line));
        Assert.Equal("the file is 20971549 bytes; the limit is 16777216", d.Message);
        Assert.True(took < Generous, $"took {took}");
    }

    [Fact]
    public void TwentyMegabyteFile_IsRefusedWithoutReadingIt()
    {
        string path = Path.Combine(Path.GetTempPath(), $"pathsim-big-{Guid.NewGuid():N}.yaml");
        using (var f = new FileStream(path, FileMode.CreateNew)) f.SetLength(20L * 1024 * 1024);
        try
        {
            var result = TopologyYamlReader.Read(path);

            // <path>: error PS1002: the file is 20971520 bytes; the limit is 16777216
            var d = Assert.Single(result.Diagnostics);
            Assert.Equal(("PS1002", path), (d.Id, d.Location.File));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Limits_AreConfigurable()
    {
        var limits = YamlReadLimits.Default with { MaxDepth = 3 };

        var result = TopologyYamlReader.Read("pathsim: 1\nregion: us-east-1\nvpcs: [[[x]]]\n", "t.yaml", limits);

        // t.yaml:3:9: error PS1004: nesting deeper than 3 levels
        Assert.Equal([("PS1004", 3, 9)], Load.Codes(result));
    }
}
