using System.Text.Json;
using Xunit;

namespace PathSim.Cli.Tests;

public sealed class ReachCommandTests
{
    [Fact]
    public void Reach_ClusterWithPartialReplyAcl_JsonShowsIntermittentS3ViaEndpoint()
    {
        var result = CliRunner.Run("reach", RepositoryPaths.Topology("nacl-partial-reply-ports.yaml"), "--from", "eni-analytics-subnet-priv-a", "--format", "json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("", result.Error);
        using var doc = JsonDocument.Parse(result.Output);
        var source = doc.RootElement.GetProperty("sources")[0];
        Assert.Equal("10.0.1.4", source.GetProperty("private_ip").GetString());
        var s3 = source.GetProperty("classes").EnumerateArray().Single(c => c.GetProperty("target").GetString() == "s3:us-east-1");
        Assert.Equal("service", s3.GetProperty("outcome").GetString());
        Assert.Equal("vpce-s3", s3.GetProperty("via").GetString());
        Assert.Equal("intermittent", s3.GetProperty("reply").GetProperty("disposition").GetString());
        Assert.Equal("EPHEMERAL_PORTS_PARTIAL", s3.GetProperty("reply").GetProperty("code").GetString());
        Assert.Contains(s3.GetProperty("packets").EnumerateArray(), p =>
            p.GetProperty("destination").GetString() == "52.216.0.0/15" && p.GetProperty("destination_ports").GetString() == "443" && p.GetProperty("protocol").GetString() == "tcp");
    }

    [Fact]
    public void Reach_Cluster_TextHasOneSectionPerNodeInterface()
    {
        var result = CliRunner.Run("reach", RepositoryPaths.Topology("nacl-partial-reply-ports.yaml"), "--from", "analytics");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var headings = result.Output.Split('\n').Where(l => l.StartsWith("from ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, headings.Count);
        Assert.StartsWith("from eni-analytics-subnet-priv-a (10.0.1.4, subnet-priv-a, vpc-analytics):", headings[0]);
        Assert.Contains("  REACHED s3:us-east-1 via vpce-s3; reply INTERMITTENT at network-acl acl-cluster EPHEMERAL_PORTS_PARTIAL", result.Output);
    }

    [Fact]
    public void Reach_SendersOwnAddress_IsNotListed()
    {
        var result = CliRunner.Run("reach", RepositoryPaths.Topology("nacl-partial-reply-ports.yaml"), "--from", "eni-analytics-subnet-priv-a");

        // trial-4 #14: "DROPPED at security-group sg-redshift … tcp:443 -> 10.0.1.4" listed traffic to the sender itself.
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.DoesNotContain(result.Output.Split('\n'), l => l.EndsWith("-> 10.0.1.4", StringComparison.Ordinal));
        Assert.Contains("      tcp:443 -> 10.0.1.0/30, 10.0.1.5-10.0.1.255", result.Output);
    }

    [Fact]
    public void Reach_UnknownSource_ExitsTwoWithOneLine()
    {
        var result = CliRunner.Run("reach", RepositoryPaths.Topology("nacl-partial-reply-ports.yaml"), "--from", "eni-nope");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("error PS7001: --from: 'eni-nope' is not a network interface, instance, NAT gateway, private IP, subnet or Redshift cluster of this topology", result.Error.Trim());
    }
}
