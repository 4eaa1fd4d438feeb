using System.Text.Json;
using PathSim.Aws.Tests;
using PathSim.Aws.Tests.Live;
using Xunit;

namespace PathSim.Cli.Tests;

/// <summary>
/// check, trace and export on AWS input: a real snapshot directory (Batfish's test-vpc-endpoint-gateway plus
/// a small Redshift Clusters file placing a cluster in its private subnet) and the same account read live
/// through a fake EC2 endpoint.
/// </summary>
[Collection(AwsEnvironmentCollection.Name)]
public sealed class AwsInputTests
{
    private static string GatewaySnapshotRegion =>
        Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "real-inputs", "batfish", "test-vpc-endpoint-gateway", "aws_configs", "us-east-1"));

    private static string RedshiftFixture => Path.Combine(RepositoryPaths.Root, "tests", "PathSim.Aws.Tests", "Fixtures", "redshift-in-private-subnet");

    private static SnapshotFixture RedshiftSnapshot() =>
        new SnapshotFixture().CopyFrom(GatewaySnapshotRegion, "us-east-1").CopyFrom(RedshiftFixture, "us-east-1");

    /// <summary>flow target subnet: verdict via [codes], one line per flow.</summary>
    private static string[] Flows(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.GetProperty("clusters").EnumerateArray().SelectMany(c => c.GetProperty("flows").EnumerateArray())
            .Select(f => $"{f.GetProperty("flow").GetString()} {f.GetProperty("target").GetString()} {f.GetProperty("subnet").GetString()}: " +
                         $"{f.GetProperty("verdict").GetString()} via {f.GetProperty("via")} [{string.Join(",", f.GetProperty("codes").EnumerateArray().Select(c => c.GetString()))}]")];
    }

    private static string TraceAnswer(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        return $"{root.GetProperty("verdict").GetString()} via {root.GetProperty("via")} [{string.Join(",", root.GetProperty("codes").EnumerateArray().Select(c => c.GetString()))}]";
    }

    private static readonly string[] ExpectedFlows =
    [
        "copy s3:us-east-1 subnet-01e5f0945f6d6f47c: reachable via vpce-0b7357542bb7b83ec []",
        "unload s3:us-east-1 subnet-01e5f0945f6d6f47c: reachable via vpce-0b7357542bb7b83ec []",
        "spectrum s3:us-east-1 subnet-01e5f0945f6d6f47c: outside-vpc via  [SPECTRUM_OUTSIDE_VPC]",
        "glue glue:us-east-1 subnet-01e5f0945f6d6f47c: unreachable via  [NO_ROUTE_TO_DESTINATION]",
    ];

    [Fact]
    public void CheckSnapshotDirectory_ClusterInPrivateSubnet_CopyThroughGatewayEndpoint_GlueUnreachable()
    {
        using var snapshot = RedshiftSnapshot();

        var r = CliRunner.Run("check", snapshot.Root, "--format", "json");

        Assert.Equal(ExitCodes.FlowFailed, r.ExitCode);
        Assert.Equal(ExpectedFlows, Flows(r.Output));
    }

    [Fact]
    public void ExportSnapshot_ThenCheckAndTraceTheYaml_GiveTheSameAnswers()
    {
        using var snapshot = RedshiftSnapshot();
        var yaml = Path.Combine(snapshot.Root, "exported.yaml");

        var export = CliRunner.Run("export", snapshot.Root, "-o", yaml);
        var fromYaml = CliRunner.Run("check", yaml, "--format", "json");
        var fromSnapshot = CliRunner.Run("check", snapshot.Root, "--format", "json");
        var traceYaml = CliRunner.Run("trace", yaml, "--from", "i-0464d440ca0ee9e34", "--to", "8.8.8.8", "--format", "json");
        var traceSnapshot = CliRunner.Run("trace", snapshot.Root, "--from", "i-0464d440ca0ee9e34", "--to", "8.8.8.8", "--format", "json");

        Assert.Equal(ExitCodes.Ok, export.ExitCode);
        Assert.StartsWith($"wrote {yaml}: 1 VPCs, 2 subnets", export.Output);
        Assert.Equal(Flows(fromSnapshot.Output), Flows(fromYaml.Output));
        Assert.Equal(ExitCodes.Ok, traceYaml.ExitCode);
        Assert.Equal(TraceAnswer(traceSnapshot.Output), TraceAnswer(traceYaml.Output));
        Assert.Equal("reachable via igw-0c8afe4471084ccba []", TraceAnswer(traceYaml.Output));
    }

    [Fact]
    public void ExportToUnwritablePath_IsInvalidInput()
    {
        using var snapshot = RedshiftSnapshot();

        var r = CliRunner.Run("export", snapshot.Root, "-o", Path.Combine(snapshot.Root, "no-such-folder", "x.yaml"));

        // newuser-trial-3 #12: the message named the hidden temporary file ('.x.yaml.155f….tmp'); it says the directory is missing.
        Assert.Equal(ExitCodes.InvalidInput, r.ExitCode);
        Assert.EndsWith($"error PS7002: cannot write '{Path.Combine(snapshot.Root, "no-such-folder", "x.yaml")}': " +
            $"the directory '{Path.Combine(snapshot.Root, "no-such-folder")}' does not exist\n", r.Error);
    }

    [Fact]
    public void DiffOfTwoSnapshotsWithoutClusters_RedshiftOverlayMergedIntoBoth()
    {
        using var before = new SnapshotFixture().CopyFrom(GatewaySnapshotRegion, "us-east-1");
        using var after = new SnapshotFixture().CopyFrom(GatewaySnapshotRegion, "us-east-1");
        foreach (var side in new[] { before, after })
            foreach (var attribute in Directory.GetFiles(RedshiftFixture, "VpcAttribute-*.json"))
                File.Copy(attribute, Path.Combine(side.Root, "us-east-1", Path.GetFileName(attribute)));

        var r = CliRunner.Run("diff", before.Root, after.Root,
            "--redshift-overlay", Path.Combine(RedshiftFixture, "Clusters.json"),
            "--redshift-overlay", Path.Combine(RedshiftFixture, "ClusterSubnetGroups.json"), "--format", "json");

        // trial-4 #10: diff had no --redshift-overlay, so two snapshots without describe-clusters compared no flow.
        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Output);
        Assert.Equal(4, doc.RootElement.GetProperty("compared").GetInt32());
    }

    [Fact]
    public void ExportIntoADirectoryThatTakesNoFiles_PS7002InPathsimsWords()
    {
        if (!OperatingSystem.IsLinux()) return;   // /proc exists and refuses new files on Linux only

        var r = CliRunner.Run("export", RepositoryPaths.Topology("healthy-private-endpoints.yaml"), "-o", "/proc/x.yaml");

        // trial-4 #11: was .NET's "Could not find file '/proc/x.yaml'".
        Assert.Equal(ExitCodes.InvalidInput, r.ExitCode);
        Assert.Equal("error PS7002: cannot write '/proc/x.yaml': the directory '/proc' does not accept new files\n", r.Error);
    }

    [Fact]
    public void CheckLiveAccount_ThroughFakeEndpointWithRedshiftOverlay_SameAnswersAsSnapshot()
    {
        var fake = new SnapshotBackedEc2(GatewaySnapshotRegion) { EnableDnsHostnames = true };
        using var endpoint = new FakeEc2Endpoint(fake.Handle);

        var r = CliRunner.Run("check", "--aws", "--region", "us-east-1", "--endpoint-url", endpoint.Url,
            "--redshift-overlay", Path.Combine(RedshiftFixture, "Clusters.json"),
            "--redshift-overlay", Path.Combine(RedshiftFixture, "ClusterSubnetGroups.json"), "--format", "json");

        Assert.Equal(ExitCodes.FlowFailed, r.ExitCode);
        Assert.Equal(ExpectedFlows, Flows(r.Output));
        Assert.Contains("pathsim: ec2:DescribeSubnets: 2 Subnets", r.Error);   // progress on stderr, stdout only JSON
        Assert.DoesNotContain(AwsEnvironmentCollection.SecretKey, r.Error + r.Output);
    }

    [Fact]
    public void CheckLiveAccount_WithYamlOverlay_MergesClusterBeforeValidation()
    {
        var fake = new SnapshotBackedEc2(GatewaySnapshotRegion) { EnableDnsHostnames = true };
        using var endpoint = new FakeEc2Endpoint(fake.Handle);
        using var overlay = new TempTopology("""
            pathsim: 1
            region: us-east-1
            redshift_clusters:
              - id: lake
                deployment: serverless
                enhanced_vpc_routing: true
                subnets: [subnet-01e5f0945f6d6f47c]
                security_groups: [sg-0ba8692418a4ae00e]
                buckets: [{ bucket: raw, uses: [copy] }]
            """);

        var r = CliRunner.Run("check", "--aws", "--region", "us-east-1", "--endpoint-url", endpoint.Url, "--redshift-overlay", overlay.Path, "--format", "json");

        Assert.Equal(ExitCodes.FlowFailed, r.ExitCode);
        Assert.Contains("copy s3:raw subnet-01e5f0945f6d6f47c: reachable via vpce-0b7357542bb7b83ec []", Flows(r.Output));
    }

    [Fact]
    public void CheckLiveAccount_DeniedAction_ExitsInvalidInputNamingTheAction()
    {
        var fake = new SnapshotBackedEc2(GatewaySnapshotRegion);
        fake.Failures["DescribeRouteTables"] = (int.MaxValue, 403, "UnauthorizedOperation");
        using var endpoint = new FakeEc2Endpoint(fake.Handle);

        var r = CliRunner.Run("check", "--aws", "--region", "us-east-1", "--endpoint-url", endpoint.Url);

        Assert.Equal(ExitCodes.InvalidInput, r.ExitCode);
        Assert.Contains("ec2:DescribeRouteTables: error PS6002: AWS denied ec2:DescribeRouteTables:", r.Error);
        Assert.Empty(r.Output);
    }

    [Fact]
    public void TopologyAndAws_Together_IsInvalidInput()
    {
        var r = CliRunner.Run("check", "x.yaml", "--aws");

        Assert.Equal(ExitCodes.InvalidInput, r.ExitCode);
        Assert.Equal("error PS7001: --aws: give either TOPOLOGY or --aws, not both\n", r.Error);
    }
}

/// <summary>
/// The live tests give the SDK's default credential chain fake keys through the environment, which is
/// process-wide: the collection keeps those tests from running beside each other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AwsEnvironmentCollection : ICollectionFixture<AwsEnvironmentCollection.FakeCredentials>
{
    public const string Name = "AWS environment";
    public const string SecretKey = "pathsim-fake-secret-key";

    public sealed class FakeCredentials : IDisposable
    {
        public FakeCredentials()
        {
            Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "AKIDPATHSIMFAKE");
            Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", SecretKey);
            Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        }

        public void Dispose()
        {
            Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", null);
            Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", null);
        }
    }
}
