using System.Text.Json;
using Xunit;

namespace PathSim.Cli.Tests;

public sealed class CheckCommandTests
{
    private static string Healthy => RepositoryPaths.Topology("healthy-private-endpoints.yaml");

    [Fact]
    public void Check_HealthyTopologyText_PrintsTheTablePerSubnetAndFlowAndExitsZero()
    {
        var result = CliRunner.Run("check", Healthy);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal("", result.Error);
        var lines = result.Output.Split('\n');
        Assert.Equal([
            $"pathsim check {Healthy}",
            "",
            "Cluster analytics",
            "",
            "  SUBNET         FLOW      TARGET          VERDICT      VIA        CODES",
            "  subnet-priv-a  copy      s3:raw-events   reachable    vpce-s3    -",
            "  subnet-priv-a  unload    s3:exports      reachable    vpce-s3    -",
            "  subnet-priv-a  spectrum  s3:lake         outside-vpc  -          SPECTRUM_OUTSIDE_VPC",
            "  subnet-priv-a  glue      glue:us-east-1  reachable    vpce-glue  -",
            "  subnet-priv-b  copy      s3:raw-events   reachable    vpce-s3    -",
            "  subnet-priv-b  unload    s3:exports      reachable    vpce-s3    -",
            "  subnet-priv-b  spectrum  s3:lake         outside-vpc  -          SPECTRUM_OUTSIDE_VPC",
            "  subnet-priv-b  glue      glue:us-east-1  reachable    vpce-glue  -",
        ], lines.Take(13));
        Assert.Contains("    -> sg-redshift (security-group): egress tcp 443 0.0.0.0/0", lines);
        Assert.Contains("  Traffic outside the VPC", lines);
        Assert.Contains("    spectrum s3:lake: SPECTRUM_OUTSIDE_VPC - Spectrum on a provisioned cluster runs on AWS-managed resources outside the VPC (RS5)", lines);
        Assert.Equal("8 flows: 6 reachable, 2 outside-vpc - ok", lines[^2]);
    }

    [Fact]
    public void Check_BidiOverrideInABucketName_IsPrintedAsEscapeInTextAndJson()
    {
        // newuser-trial-3 #11: a U+202E from the file reached check's table raw and reordered what a reviewer reads.
        using var file = TempTopology.FromBundled("healthy-private-endpoints.yaml", text => text.Replace("raw-events", "raw\u202Eevents"));

        var text = CliRunner.Run("check", file.Path);
        var json = CliRunner.Run("check", file.Path, "--format", "json");

        Assert.Equal(ExitCodes.Ok, text.ExitCode);
        Assert.Contains("  subnet-priv-a  copy      s3:raw\\u202Eevents  reachable    vpce-s3    -", text.Output.Split('\n'));
        Assert.DoesNotContain('\u202E', text.Output);
        Assert.DoesNotContain('\u202E', json.Output);
        using var doc = JsonDocument.Parse(json.Output);
        // In JSON the escape is the character itself: a reader gets the bucket's real name.
        Assert.Equal("s3:raw\u202Eevents", doc.RootElement.GetProperty("clusters")[0].GetProperty("flows")[0].GetProperty("target").GetString());
    }

    [Fact]
    public void Check_ClusterWithEmptySecurityGroups_BlockerIsNamedAsTheInterface()
    {
        // newuser-trial-3 #10: the blocker read 'eni-c-s1 (security-group)', an interface id with a group's kind.
        using var file = new TempTopology("""
            pathsim: 1
            region: us-east-1
            vpcs:
              - { id: vpc-a, cidr: 10.0.0.0/16, enable_dns_hostnames: true }
            subnets:
              - { id: s1, vpc: vpc-a, cidr: 10.0.1.0/24, availability_zone: us-east-1a }
            vpc_endpoints:
              - { id: vpce-s3, vpc: vpc-a, service: com.amazonaws.us-east-1.s3, type: gateway, route_tables: [rtb-main] }
            route_tables:
              - { id: rtb-main, vpc: vpc-a, main: true, routes: [] }
            redshift_clusters:
              - { id: c, subnets: [s1], security_groups: [], enhanced_vpc_routing: true, catalog: hive }
            """);

        var result = CliRunner.Run("check", file.Path);

        Assert.Equal(ExitCodes.FlowFailed, result.ExitCode);
        Assert.Contains($"    blocked by eni-c-s1 (network-interface) [egress: no rule of (no security group) allows it] at {file.Path}:12:5",
            result.Output.Split('\n'));
    }

    [Fact]
    public void Check_FailingFlow_TextNamesTheBlockerAndAOneLineFix()
    {
        var result = CliRunner.Run("check", RepositoryPaths.Topology("gateway-endpoint-not-associated.yaml"));

        Assert.Equal(ExitCodes.FlowFailed, result.ExitCode);
        var lines = result.Output.Split('\n');
        Assert.Contains("    fix: associate vpce-s3 with rtb-private (a gateway endpoint routes only for its associated route tables, R6)", lines);
        Assert.Contains(lines, l => l.StartsWith("    blocked by rtb-private (route-table) [no route to ", StringComparison.Ordinal));
        Assert.Equal("8 flows: 2 reachable, 4 unreachable, 2 outside-vpc - FAILED", lines[^2]);
    }

    [Fact]
    public void Check_JsonFormat_StdoutIsOnlyTheContractJson()
    {
        var result = CliRunner.Run("check", RepositoryPaths.Topology("nat-gateway-in-private-subnet.yaml"), "--format", "json");

        Assert.Equal(ExitCodes.FlowFailed, result.ExitCode);
        Assert.Equal("", result.Error);
        using var doc = JsonDocument.Parse(result.Output);
        var root = doc.RootElement;
        Assert.Equal(["topology", "clusters", "diagnostics"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(RepositoryPaths.Topology("nat-gateway-in-private-subnet.yaml"), root.GetProperty("topology").GetString());
        var cluster = Assert.Single(root.GetProperty("clusters").EnumerateArray());
        Assert.Equal("analytics", cluster.GetProperty("id").GetString());
        var copy = cluster.GetProperty("flows")[0];
        Assert.Equal(["flow", "target", "subnet", "verdict", "via", "codes", "path", "blocker", "split", "exits"], copy.EnumerateObject().Select(p => p.Name));
        Assert.Equal("rtb-nat", copy.GetProperty("blocker").GetProperty("component").GetString());
        Assert.Equal("route-table", copy.GetProperty("blocker").GetProperty("kind").GetString());
        Assert.Equal("route 0.0.0.0/0 in rtb-nat to igw-main, or move nat-a to a public subnet (G2)",
            copy.GetProperty("blocker").GetProperty("fix").GetString());
        var hop = copy.GetProperty("path")[0];
        Assert.Equal(["component", "kind", "rule", "direction", "passed", "location"], hop.EnumerateObject().Select(p => p.Name));
        var outside = Assert.Single(cluster.GetProperty("outside_vpc").EnumerateArray());
        Assert.Equal("SPECTRUM_OUTSIDE_VPC", outside.GetProperty("reason").GetString());
        Assert.False(outside.GetProperty("in_vpc_flow_logs").GetBoolean());
    }

    [Fact]
    public void Check_EvrDisabledJson_AuditSourcesPerService()
    {
        var result = CliRunner.Run("check", RepositoryPaths.Topology("evr-disabled.yaml"), "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var audits = json.RootElement.GetProperty("clusters")[0].GetProperty("outside_vpc").EnumerateArray()
            .Select(o => o.GetProperty("target").GetString()!.Split(':')[0] + " " + string.Join(",", o.GetProperty("audit_with").EnumerateArray().Select(a => a.GetString())))
            .Distinct().Order();
        // newuser finding 12: S3 logs never hold Glue Data Catalog calls.
        Assert.Equal(["glue cloudtrail-management-events", "s3 cloudtrail-s3-data-events,s3-server-access-logging"], audits);
    }

    [Fact]
    public void Check_ClusterOption_ChecksOnlyThatCluster()
    {
        const string Second = "  - id: second\n    deployment: serverless\n    enhanced_vpc_routing: true\n" +
            "    subnets: [subnet-priv-b]\n    security_groups: [sg-redshift]\n    catalog: hive\n" +
            "    buckets:\n      - { bucket: lake, uses: [spectrum] }\n\ns3_buckets:";
        using var file = TempTopology.FromBundled("healthy-private-endpoints.yaml", text => text.Replace("\ns3_buckets:", "\n" + Second));

        var all = CliRunner.Run("check", file.Path, "--format", "json");
        var only = CliRunner.Run("check", file.Path, "--cluster", "second", "--format", "json");

        Assert.Equal("", all.Error);
        Assert.Equal(9, TopologyScenarioTests.FlowRows(all.Output).Count);
        Assert.Equal(ExitCodes.Ok, only.ExitCode);
        Assert.Equal(["subnet-priv-b spectrum s3:lake reachable vpce-s3 -"], TopologyScenarioTests.FlowRows(only.Output));
    }

    [Fact]
    public void Check_UnknownCluster_ExitsTwoNamingTheClusters()
    {
        var result = CliRunner.Run("check", Healthy, "--cluster", "nope");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("", result.Output);
        Assert.Equal($"error PS7001: --cluster: no Redshift cluster 'nope' in {Healthy} (it has: analytics)\n", result.Error);
    }

    [Fact]
    public void Check_TypoInKey_ExitsTwoWithFileLineColumnAndNoOutput()
    {
        using var file = TempTopology.FromBundled("healthy-private-endpoints.yaml", text => text.Replace("    route_table: rtb-private\n  - id: subnet-priv-b", "    route_tabel: rtb-private\n  - id: subnet-priv-b"));
        int line = File.ReadAllLines(file.Path).ToList().FindIndex(l => l.Contains("route_tabel", StringComparison.Ordinal)) + 1;

        var result = CliRunner.Run("check", file.Path);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Equal("", result.Output);
        // {file}:{line}:5: error PS2001: unknown key 'route_tabel' in subnet…
        Assert.StartsWith($"{file.Path}:{line}:5: error PS2001: unknown key 'route_tabel'", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void Check_TypoInKeyWithJsonFormat_DiagnosticsAsJsonOnStdout()
    {
        using var file = TempTopology.FromBundled("healthy-private-endpoints.yaml", text => text.Replace("    route_table: rtb-private\n  - id: subnet-priv-b", "    route_tabel: rtb-private\n  - id: subnet-priv-b"));
        int line = File.ReadAllLines(file.Path).ToList().FindIndex(l => l.Contains("route_tabel", StringComparison.Ordinal)) + 1;

        var result = CliRunner.Run("check", file.Path, "--format", "json");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("PS2001", "error", file.Path, line, 5),
            (diagnostic.GetProperty("id").GetString(), diagnostic.GetProperty("severity").GetString(), diagnostic.GetProperty("file").GetString(),
             diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32()));
        Assert.StartsWith("unknown key 'route_tabel'", diagnostic.GetProperty("message").GetString());
        Assert.StartsWith($"{file.Path}:{line}:5: error PS2001:", result.Error);
    }

    [Fact]
    public void Check_UnknownClusterWithJsonFormat_Ps7001AsJson()
    {
        var result = CliRunner.Run("check", Healthy, "--cluster", "nope", "--format", "json");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Output);
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        // trial-4 #9: an argument diagnostic has the README's keys too, file null and line/column 0.
        Assert.Equal(("PS7001", $"--cluster: no Redshift cluster 'nope' in {Healthy} (it has: analytics)", System.Text.Json.JsonValueKind.Null, 0),
            (diagnostic.GetProperty("id").GetString(), diagnostic.GetProperty("message").GetString(), diagnostic.GetProperty("file").ValueKind, diagnostic.GetProperty("line").GetInt32()));
    }

    [Fact]
    public void Check_IdWithBidiOverrideAndControlCharacter_EscapedInMessage()
    {
        using var file = TempTopology.FromBundled("healthy-private-endpoints.yaml", text => text.Replace("- id: analytics", "- id: \"anal\\u202Eytics\\u0007\""));

        var result = CliRunner.Run("check", file.Path);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("'anal\\u202Eytics\\u0007'", result.Error);
        Assert.DoesNotContain("\u202E", result.Error);
        Assert.DoesNotContain("\u0007", result.Error);
    }

    [Fact]
    public void Check_MissingFile_ExitsTwoWithPs1001()
    {
        var result = CliRunner.Run("check", "no-such-topology.yaml");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.StartsWith("no-such-topology.yaml: error PS1001: cannot read 'no-such-topology.yaml'", result.Error);
    }

    [Fact]
    public void Check_InvalidPolicyDocument_ExitsTwoWithPs2107()
    {
        using var file = TempTopology.FromBundled("spectrum-vpce-policy-provisioned.yaml", text => text.Replace("Effect: Deny", "Effect: Refuse"));

        var result = CliRunner.Run("check", file.Path);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("error PS2107:", result.Error);
    }

    [Fact]
    public void Check_UnknownFormat_ExitsTwo()
    {
        var result = CliRunner.Run("check", Healthy, "--format", "xml");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("'xml'", result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void Pathsim_UnknownCommand_ExitsTwo() =>
        Assert.Equal(ExitCodes.InvalidInput, CliRunner.Run("chek", Healthy).ExitCode);

    [Fact]
    public void Check_AnalysisThrows_ExitsThreeWithOneLineAndNoStackTrace()
    {
        var result = CliRunner.RunWith(_ => throw new InvalidOperationException("boom\nsecond line"), "check", Healthy);

        Assert.Equal(ExitCodes.InternalError, result.ExitCode);
        Assert.Equal("pathsim: internal error: InvalidOperationException: boom (this is a bug; rerun with --verbose for details)\n", result.Error);
    }

    [Fact]
    public void Check_AnalysisThrowsVerbose_PrintsTheDetails()
    {
        var result = CliRunner.RunWith(_ => throw new InvalidOperationException("boom"), "check", Healthy, "--verbose");

        Assert.Equal(ExitCodes.InternalError, result.ExitCode);
        Assert.Contains("   at ", result.Error);
    }

    [Fact]
    public void Check_SnapshotDirectoryWithoutClusters_SaysSoAndExitsZero()
    {
        var snapshot = Path.Combine(RepositoryPaths.Root, "..", "shared", "real-inputs", "batfish", "test-nat-gateway");

        var result = CliRunner.Run("check", snapshot);

        // Exit 0 (no flow failed), with a warning that says how to include clusters (newuser-trial-3 #14).
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.EndsWith("No Redshift clusters to check.\n", result.Output);
        Assert.EndsWith($"{snapshot}: warning PS4008: the topology has no Redshift clusters, so check found nothing to check; a snapshot needs the output of " +
            "'aws redshift describe-clusters' (and describe-cluster-subnet-groups) in it or given with --redshift-overlay, a topology file needs redshift_clusters\n", result.Error);
    }

    [Fact]
    public void Check_ClusterOptionOnATopologyWithoutClusters_IsPS7001ExitTwo()
    {
        var snapshot = Path.Combine(RepositoryPaths.Root, "..", "shared", "real-inputs", "batfish", "test-nat-gateway");

        var result = CliRunner.Run("check", snapshot, "--cluster", "dw");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.EndsWith($"error PS7001: --cluster: no Redshift cluster 'dw' in {snapshot} (it has none)\n", result.Error);
    }

    [Fact]
    public void Check_IntermittentFlow_TextSaysWhichPartFails()
    {
        var result = CliRunner.Run("check", RepositoryPaths.Topology("s3-partially-routed.yaml"));

        var lines = result.Output.Split('\n');
        Assert.Contains("    split: fails for 3.5.0.0/19, 18.34.0.0/19, 18.34.232.0/21, 44.192.134.240/28 and 1 more (NO_ROUTE_TO_DESTINATION at rtb-private); passes for 52.216.0.0/15, 54.231.0.0/16", lines);
    }

    [Fact]
    public void Check_EngineTracer_SameFlowsWithoutSplit()
    {
        var file = RepositoryPaths.Topology("nacl-partial-reply-ports.yaml");
        var symbolic = CliRunner.Run("check", file, "--format", "json");
        var tracer = CliRunner.Run("check", file, "--engine", "tracer", "--format", "json");

        Assert.Equal(TopologyScenarioTests.FlowRows(symbolic.Output), TopologyScenarioTests.FlowRows(tracer.Output));
        Assert.Equal(symbolic.ExitCode, tracer.ExitCode);
        using var doc = JsonDocument.Parse(tracer.Output);
        var copy = doc.RootElement.GetProperty("clusters")[0].GetProperty("flows")[0];
        Assert.Equal(JsonValueKind.Null, copy.GetProperty("split").ValueKind);
        using var exact = JsonDocument.Parse(symbolic.Output);
        var ports = exact.RootElement.GetProperty("clusters")[0].GetProperty("flows")[0].GetProperty("split").GetProperty("reply_ports");
        Assert.Equal(["49152-60999"], ports.GetProperty("dropped").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(100, ports.GetProperty("rule").GetInt32());
    }

    /// <summary>
    /// New-user finding 1: a static 3.5.0.0/19 -> nat-a route takes part of S3 past the gateway endpoint,
    /// and the bucket admits only the endpoint (aws:SourceVpce). The policy was judged on the DNS answer's
    /// exit alone, so COPY read reachable; each exit is judged now, and the refused part is named.
    /// </summary>
    [Fact]
    public void Check_StaticRouteBypassesEndpointOfVpceOnlyBucket_IntermittentNamingTheRefusedPart()
    {
        var result = CliRunner.Run("check", RepositoryPaths.Topology("s3-static-route-bypasses-endpoint.yaml"));

        Assert.Equal(ExitCodes.FlowFailed, result.ExitCode);
        var lines = result.Output.Split('\n');
        Assert.Contains("  subnet-priv-a  copy s3:raw-events: intermittent via vpce-s3", lines);
        Assert.Contains("    split: fails for 3.5.0.0/19 (via nat-a, BUCKET_POLICY_DENY at raw-events); "
            + "passes for 18.34.0.0/19, 18.34.232.0/21, 44.192.134.240/28, 44.192.140.64/28 and 2 more", lines);
        Assert.Contains("    exits: vpce-s3 for 18.34.0.0/19, 18.34.232.0/21, 44.192.134.240/28, 44.192.140.64/28 and 2 more; nat-a for 3.5.0.0/19", lines);
        Assert.Contains("    fix: requests to 3.5.0.0/19 leave via nat-a (route 3.5.0.0/19 -> nat-a in rtb-private) and raw-events's bucket policy refuses them: "
            + "send them through vpce-s3 like the rest (remove or re-target that route, R1), or admit the cluster's IAM role on that path too (E3, E4)", lines);
    }

    [Fact]
    public void Check_StaticRouteBypassesEndpoint_JsonListsBothExitsAndTracerEngineAgrees()
    {
        var file = RepositoryPaths.Topology("s3-static-route-bypasses-endpoint.yaml");
        var symbolic = CliRunner.Run("check", file, "--format", "json");
        var tracer = CliRunner.Run("check", file, "--engine", "tracer", "--format", "json");

        Assert.Equal(TopologyScenarioTests.FlowRows(symbolic.Output), TopologyScenarioTests.FlowRows(tracer.Output));
        using var doc = JsonDocument.Parse(symbolic.Output);
        var unload = doc.RootElement.GetProperty("clusters")[0].GetProperty("flows")[1];
        Assert.Equal("unload", unload.GetProperty("flow").GetString());
        var exits = unload.GetProperty("exits").EnumerateArray().ToList();
        Assert.Equal(["vpce-s3", "nat-a"], exits.Select(e => e.GetProperty("via").GetString()));
        Assert.Equal("vpce-s3", exits[0].GetProperty("endpoint").GetString());
        Assert.Equal("203.0.113.10", exits[1].GetProperty("public_source").GetString());
        Assert.Equal(["3.5.0.0/19"], exits[1].GetProperty("destinations").EnumerateArray().Select(d => d.GetString()));
        var copy = doc.RootElement.GetProperty("clusters")[0].GetProperty("flows")[0];
        var failing = copy.GetProperty("split").GetProperty("failing")[0];
        Assert.Equal("nat-a", failing.GetProperty("via").GetString());
        Assert.Equal("raw-events", copy.GetProperty("blocker").GetProperty("component").GetString());
    }

    /// <summary>New-user finding 5: the reply ACL blocker had no location (the drop and the rule were two hops).</summary>
    [Fact]
    public void Check_NaclMissingReplyPorts_JsonBlockerHasTheAclLocation()
    {
        var result = CliRunner.Run("check", RepositoryPaths.Topology("nacl-missing-reply-ports.yaml"), "--format", "json");

        using var doc = JsonDocument.Parse(result.Output);
        var blocker = doc.RootElement.GetProperty("clusters")[0].GetProperty("flows")[0].GetProperty("blocker");
        Assert.Equal("acl-cluster", blocker.GetProperty("component").GetString());
        Assert.EndsWith("topologies/nacl-missing-reply-ports.yaml:86:5", blocker.GetProperty("location").GetString());
    }

    /// <summary>New-user trial 4 #14: the Spectrum-bucket-in-another-region blocker had no location.</summary>
    [Fact]
    public void Check_SpectrumBucketInAnotherRegion_BlockerPointsAtTheBucket()
    {
        using var file = new TempTopology("""
            pathsim: 1
            region: us-east-1
            vpcs:
              - { id: vpc-a, cidr: 10.0.0.0/16 }
            subnets:
              - { id: s1, vpc: vpc-a, cidr: 10.0.1.0/24, availability_zone: us-east-1a }
            route_tables:
              - { id: rtb-main, vpc: vpc-a, main: true, routes: [] }
            security_groups:
              - { id: sg-1, vpc: vpc-a }
            redshift_clusters:
              - id: c
                subnets: [s1]
                security_groups: [sg-1]
                catalog: hive
                buckets: [{ bucket: lake-eu, uses: [spectrum] }]
            s3_buckets:
              - { name: lake-eu, region: eu-west-1 }
            """);

        var result = CliRunner.Run("check", file.Path);

        Assert.Contains($"    blocked by lake-eu (s3-bucket) [region eu-west-1] at {file.Path}:18:5", result.Output.Split('\n'));
    }

    /// <summary>
    /// Warnings (here PS4008, a snapshot without clusters) reach a script that reads only stdout: check's
    /// JSON carries them as "diagnostics", as they are also printed on stderr (newuser-trial-3, left noted).
    /// </summary>
    [Fact]
    public void Check_JsonFormatWithWarnings_CarriesThemAsDiagnostics()
    {
        var snapshot = Path.Combine(RepositoryPaths.Root, "..", "shared", "real-inputs", "batfish", "test-nat-gateway");

        var result = CliRunner.Run("check", snapshot, "--region", "us-east-2", "--format", "json");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Output);
        var ids = doc.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList();
        Assert.Contains("PS4008", ids);
        Assert.All(doc.RootElement.GetProperty("diagnostics").EnumerateArray(), d => Assert.Equal("warning", d.GetProperty("severity").GetString()));
    }
}
