using System.Text.Json;
using Xunit;

namespace PathSim.Cli.Tests;

public sealed class TraceCommandTests
{
    [Fact]
    public void Trace_ThroughNatGateway_JsonHasForwardAndReturnWithTranslations()
    {
        var result = CliRunner.Run("trace", RepositoryPaths.Topology("private-nat-gateway.yaml"),
            "--from", "eni-analytics-subnet-priv-a", "--to", "s3:us-east-1", "--format", "json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("", result.Error);
        using var doc = JsonDocument.Parse(result.Output);
        var root = doc.RootElement;
        Assert.Equal("reachable", root.GetProperty("verdict").GetString());
        Assert.Equal("nat-a", root.GetProperty("via").GetString());
        Assert.Empty(root.GetProperty("codes").EnumerateArray());
        var forward = root.GetProperty("forward").EnumerateArray().ToList();
        Assert.Equal(["network-interface", "route-table", "network-acl", "network-acl", "nat-gateway", "route-table", "network-acl", "internet-gateway", "aws-service"],
            forward.Select(h => h.GetProperty("kind").GetString()));
        var nat = forward.Single(h => h.GetProperty("kind").GetString() == "nat-gateway").GetProperty("steps")[0];
        Assert.Equal("transform", nat.GetProperty("type").GetString());
        Assert.Equal("10.0.1.4", nat.GetProperty("before").GetProperty("source").GetString());
        Assert.Equal("10.0.0.10", nat.GetProperty("after").GetProperty("source").GetString());
        Assert.Equal("aws-service", root.GetProperty("return")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public void Trace_SecurityGroupWithoutEgress_IsUnreachableAndExitsOne()
    {
        var result = CliRunner.Run("trace", RepositoryPaths.Topology("security-group-no-egress.yaml"),
            "--from", "eni-analytics-subnet-priv-a", "--to", "s3:us-east-1", "--format", "json");

        Assert.Equal(ExitCodes.FlowFailed, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Output);
        Assert.Equal("unreachable", doc.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(["ENI_SG_RULES_MISMATCH"], doc.RootElement.GetProperty("codes").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("return").ValueKind);
    }

    [Fact]
    public void Trace_DnsToTheVpcResolver_ReachableThoughTheGroupHasNoEgress()
    {
        // newuser-trial-3 #8: security groups and network ACLs do not filter traffic to the Amazon DNS server (F4).
        var result = CliRunner.Run("trace", RepositoryPaths.Topology("security-group-no-egress.yaml"),
            "--from", "eni-analytics-subnet-priv-a", "--to", "10.0.0.2", "--protocol", "udp", "--port", "53");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("""
            pathsim trace eni-analytics-subnet-priv-a -> 10.0.0.2
              packet:  udp 10.0.1.5:32768 -> 10.0.0.2:53
              verdict: reachable

            Forward
              network-interface eni-analytics-subnet-priv-a
              host-service amazon-dns
                check     10.0.0.2 is the Amazon DNS server on eni-analytics-subnet-priv-a's host: security groups and network ACLs do not filter it (F4)

            Return
              host-service amazon-dns
              network-interface eni-analytics-subnet-priv-a
                check     the reply of the Amazon DNS server is not filtered by security groups or network ACLs (F4)

            """, result.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Trace_Text_ShowsHeaderBeforeAndAfterTranslation()
    {
        var result = CliRunner.Run("trace", RepositoryPaths.Topology("private-nat-gateway.yaml"),
            "--from", "10.0.1.4", "--to", "52.216.0.10", "--port", "443", "--protocol", "tcp");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var lines = result.Output.Split('\n');
        Assert.Equal("pathsim trace eni-analytics-subnet-priv-a -> 52.216.0.10", lines[0]);
        Assert.Equal("  verdict: reachable via nat-a", lines[2]);
        Assert.Contains("              before: tcp 10.0.1.4:32768 -> 52.216.0.10:443", lines);
        Assert.Contains("              after:  tcp 10.0.0.10:32768 -> 52.216.0.10:443", lines);
    }

    [Fact]
    public void Trace_FromNatGateway_UsesTheNatGatewaysPortRange()
    {
        // newuser finding 19: a NAT gateway's source ports are 1024-65535 (F3), so its replies are checked over that range.
        var result = CliRunner.Run("trace", RepositoryPaths.Topology("private-nat-gateway.yaml"), "--from", "nat-a", "--to", "s3:us-east-1", "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        Assert.Contains(":1024 -> ", json.RootElement.GetRawText());
        Assert.DoesNotContain(":32768 -> ", json.RootElement.GetRawText());
    }

    [Fact]
    public void Trace_UnknownSource_ExitsTwo()
    {
        var result = CliRunner.Run("trace", RepositoryPaths.Topology("private-nat-gateway.yaml"), "--from", "eni-nope", "--to", "s3:us-east-1");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("error PS7001: --from: 'eni-nope' is not a network interface, instance, NAT gateway or private IP of this topology\n", result.Error);
    }

    [Fact]
    public void Trace_UnknownDestinationInterface_ExitsTwo() =>
        Assert.Equal(ExitCodes.InvalidInput,
            CliRunner.Run("trace", RepositoryPaths.Topology("private-nat-gateway.yaml"), "--from", "nat-a", "--to", "eni-nope").ExitCode);

    [Fact]
    public void Trace_ServiceInUnknownRegion_ExitsTwo()
    {
        var result = CliRunner.Run("trace", RepositoryPaths.Topology("private-nat-gateway.yaml"), "--from", "10.0.1.4", "--to", "s3:mars-1");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.StartsWith("error PS7001: --to: pathsim knows no addresses of s3 in 'mars-1'", result.Error);
    }

    [Fact]
    public void Trace_UnknownServiceName_ExitsTwoListingTheKnownServices()
    {
        // newuser-trial-3 #9: 'totallyfake' used to stand for the region's AMAZON class and come out reachable.
        var result = CliRunner.Run("trace", RepositoryPaths.Topology("private-nat-gateway.yaml"), "--from", "10.0.1.4", "--to", "totallyfake:us-east-1");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal("error PS7001: --to: unknown service 'totallyfake' (known: s3, glue, athena, dynamodb, sts, lakeformation, kms, redshift, redshift-data, " +
            "redshift-serverless, secretsmanager, ssm, logs, monitoring, sns, sqs, kinesis-streams, kinesis-firehose, lambda, ec2, emr, sagemaker.api, " +
            "or a service the topology has an endpoint or prefix list for)\n", result.Error);
    }

    [Fact]
    public void Trace_ServiceOnlyTheTopologysEndpointNames_IsKnown()
    {
        using var file = TempTopology.FromBundled("private-nat-gateway.yaml", text => text + """

            vpc_endpoints:
              - { id: vpce-custom, vpc: vpc-analytics, service: com.amazonaws.us-east-1.execute-api, type: interface, subnets: [subnet-priv-a], private_dns: false }
            """);

        var result = CliRunner.Run("trace", file.Path, "--from", "eni-analytics-subnet-priv-a", "--to", "execute-api:us-east-1");

        // Traced (whatever the verdict), not refused as an unknown service.
        Assert.Equal("", result.Error);
        Assert.NotEqual(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("pathsim trace eni-analytics-subnet-priv-a -> execute-api:us-east-1", result.Output);
    }

    [Fact]
    public void Trace_MissingTo_ExitsTwo() =>
        Assert.Equal(ExitCodes.InvalidInput,
            CliRunner.Run("trace", RepositoryPaths.Topology("private-nat-gateway.yaml"), "--from", "nat-a").ExitCode);

    [Fact]
    public void Trace_BadProtocol_ExitsTwo()
    {
        var result = CliRunner.Run("trace", RepositoryPaths.Topology("private-nat-gateway.yaml"), "--from", "nat-a", "--to", "s3:us-east-1", "--protocol", "sctp");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("'sctp' is not a protocol", result.Error);
    }
}
