using System.Text.Json;
using Xunit;

namespace PathSim.Cli.Tests;

/// <summary>The parser's own errors come out as pathsim's PS7001, exit 2, JSON on stdout under --format json (newuser-trial-3 #12).</summary>
public sealed class CommandLineErrorTests
{
    private static string Healthy => RepositoryPaths.Topology("healthy-private-endpoints.yaml");

    [Theory]
    [InlineData("error PS7001: --bogus: unknown option\n", "check", "{healthy}", "--bogus")]
    [InlineData("error PS7001: --formt: unknown option (did you mean --format?)\nerror PS7001: json: unexpected argument\n", "check", "{healthy}", "--formt", "json")]
    [InlineData("error PS7001: --format: 'xml' is not one of text, json\n", "check", "{healthy}", "--format", "xml")]
    [InlineData("error PS7001: --port: '70000' is not a port (0-65535)\n", "trace", "{healthy}", "--from", "nat-a", "--to", "s3:us-east-1", "--port", "70000")]
    [InlineData("error PS7001: --port: 'abc' is not a port (0-65535)\n", "trace", "{healthy}", "--from", "nat-a", "--to", "s3:us-east-1", "--port", "abc")]
    [InlineData("error PS7001: --protocol: 'sctp' is not a protocol; use tcp, udp, icmp or 0-255\n", "trace", "{healthy}", "--from", "nat-a", "--to", "s3:us-east-1", "--protocol", "sctp")]
    [InlineData("error PS7001: --from: is required\n", "trace", "{healthy}", "--to", "s3:us-east-1")]
    [InlineData("error PS7001: --seed: 'abc' is not a whole number\n", "generate", "--seed", "abc", "-o", "x.yaml")]
    [InlineData("error PS7001: --output: is required\n", "export", "{healthy}")]
    [InlineData("error PS7001: --cluster: needs a value\n", "check", "{healthy}", "--cluster")]
    [InlineData("error PS7001: chek: unknown command (did you mean check?) (commands: check, trace, export, whatif, diff, generate, reach)\n", "chek", "{healthy}")]
    [InlineData("error PS7001: COMMAND: missing (commands: check, trace, export, whatif, diff, generate, reach)\n")]
    [InlineData("error PS7001: AFTER: missing (usage: diff BEFORE AFTER)\n", "diff", "{healthy}")]
    public void ParseError_IsPS7001NamingTheOptionAndExitsTwo(string expected, params string[] args)
    {
        var result = CliRunner.Run([.. args.Select(a => a == "{healthy}" ? Healthy : a)]);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void ParseError_WithFormatJson_PutsTheDiagnosticsOnStdout()
    {
        var result = CliRunner.Run("check", Healthy, "--bogus", "--format", "json");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("error PS7001: --bogus: unknown option\n", result.Error);
        using var doc = JsonDocument.Parse(result.Output);
        var diagnostic = Assert.Single(doc.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("PS7001", diagnostic.GetProperty("id").GetString());
        Assert.Equal("--bogus: unknown option", diagnostic.GetProperty("message").GetString());
    }

    [Fact]
    public void ArgumentError_WithFormatJson_HasFileNullAndLineColumnZero()
    {
        var result = CliRunner.Run("check", Healthy, "--bogus", "--format", "json");

        using var doc = JsonDocument.Parse(result.Output);
        var diagnostic = Assert.Single(doc.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, diagnostic.GetProperty("file").ValueKind);
        Assert.Equal(0, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(0, diagnostic.GetProperty("column").GetInt32());
    }

    [Fact]
    public void RegionWithTopologyFile_WarnsPS7003Ignored_AndChecksTheFile()
    {
        var result = CliRunner.Run("check", Healthy, "--region", "us-east1");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("warning PS7003: --region: ignored for a topology file, whose region is its 'region:' key; --region applies to a snapshot directory or --aws\n", result.Error);
    }

    [Theory]
    [InlineData("icmp", "icmp")]
    [InlineData("50", "50")]
    public void TracePortWithAProtocolWithoutPorts_IsPS7001(string protocol, string shown)
    {
        var result = CliRunner.Run("trace", Healthy, "--from", "nat-a", "--to", "s3:us-east-1", "--protocol", protocol, "--port", "5");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal($"error PS7001: --port: applies only to tcp and udp, not to protocol {shown}\n", result.Error);
    }

    [Fact]
    public void TraceIcmpWithoutPort_Traces()
    {
        var result = CliRunner.Run("trace", RepositoryPaths.Topology("private-nat-gateway.yaml"), "--from", "nat-a", "--to", "s3:us-east-1", "--protocol", "icmp");

        Assert.Equal("", result.Error);
        Assert.NotEqual(ExitCodes.InvalidInput, result.ExitCode);
    }
}
