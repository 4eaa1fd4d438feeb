using System.Text.Json;
using Xunit;

namespace PathSim.Cli.Tests;

/// <summary>
/// `pathsim whatif` / `diff` over a new user's change-window topology (Fixtures/whatif/dw.yaml) and the
/// inputs that misbehaved for them (notes/newuser-whatif-findings.md), each pinned with its exact outcome.
/// </summary>
public sealed class WhatIfFindingsTests
{
    private const string Dir = "tests/PathSim.Cli.Tests/Fixtures/whatif";
    private static readonly string Dw = $"{Dir}/dw.yaml";

    private static string Fixture(string name) => $"{Dir}/{name}";

    /// <summary>Runs with repository-relative paths resolved against the root, and shown relative again.</summary>
    private static CliRunner.Result Run(params string[] args)
    {
        var absolute = args.Select(a => a.StartsWith("tests/", StringComparison.Ordinal) ? Path.Combine(RepositoryPaths.Root, a) : a).ToArray();
        var result = CliRunner.Run(absolute);
        string Relative(string text) => text.Replace(RepositoryPaths.Root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
        return result with { Output = Relative(result.Output), Error = Relative(result.Error) };
    }

    private static string LastLine(string text) => text.TrimEnd('\n').Split('\n')[^1];

    // Finding 3: a bucket both clusters still name in `buckets` cannot be removed (DependencyViolation-like).
    [Fact]
    public void Whatif_RemoveBucketStillUsedByClusters_PS5002NamesTheUsersExit2()
    {
        var result = Run("whatif", Dw, "--edit", Fixture("remove-bucket.edits.yaml"));

        Assert.Equal(
            ("", $"{Dir}/remove-bucket.edits.yaml:3:5: error PS5002: cannot remove S3 bucket 'lake': still used by Redshift cluster 'dw-prov' (buckets), Redshift cluster 'wg-sl' (buckets); change or remove those first (AWS refuses with DependencyViolation)\n", 2),
            (result.Output, result.Error, result.ExitCode));
    }

    // Finding 12: AWS refuses DeleteInternetGateway while the gateway is attached.
    [Fact]
    public void Whatif_RemoveAttachedInternetGateway_PS5002SaysDetachFirstExit2()
    {
        var result = Run("whatif", Dw, "--edit", Fixture("remove-igw.edits.yaml"));

        Assert.Equal(
            ("", $"{Dir}/remove-igw.edits.yaml:3:5: error PS5002: cannot remove internet gateway 'igw-dw': it is attached to VPC 'vpc-dw'; detach it first (set: {{ internet_gateway: igw-dw, vpc: null }}) (AWS refuses DeleteInternetGateway with DependencyViolation while it is attached)\n", 2),
            (result.Output, result.Error, result.ExitCode));
    }

    [Fact]
    public void Whatif_DetachThenRemoveInternetGateway_Applies()
    {
        var result = Run("whatif", Dw, "--set", "igw-dw.vpc=null", "--remove", "igw-dw");

        Assert.Equal(("", "0 of 21 flows changed: 0 worse, 0 better - ok"), (result.Error, LastLine(result.Output)));
        Assert.Equal(0, result.ExitCode);
    }

    // Finding 10: the VPC CIDR is the implicit local route (R2); AWS refuses CreateRoute to it.
    [Fact]
    public void Whatif_AddRouteToVpcCidr_PS5002CitesR2Exit2()
    {
        var result = Run("whatif", Dw, "--edit", Fixture("local-override.edits.yaml"));

        Assert.Equal(
            ("", $"{Dir}/local-override.edits.yaml:3:5: error PS5002: the route to 10.20.0.0/16 in 'rtb-priv-c' is the implicit local route, which cannot be changed (R2)\n", 2),
            (result.Output, result.Error, result.ExitCode));
    }

    [Fact]
    public void Whatif_ReplaceRouteToVpcCidr_PS5002CitesR2Exit2()
    {
        var result = Run("whatif", Dw, "--replace-route", "rtb-priv-c:10.20.0.0/16=nat-a");

        Assert.Equal(
            ("", "--replace-route rtb-priv-c:10.20.0.0/16=nat-a: error PS5002: the route to 10.20.0.0/16 in 'rtb-priv-c' is the implicit local route, which cannot be changed (R2)\n", 2),
            (result.Output, result.Error, result.ExitCode));
    }

    // Finding 7: compared counts before ∪ after; added and removed are counted.
    [Fact]
    public void Whatif_ClusterMovedToAnotherSubnet_SummaryCountsTheUnionAndAddedRemoved()
    {
        var text = Run("whatif", Dw, "--set", "dw-prov.subnets=subnet-pub-a");
        var json = Run("whatif", Dw, "--set", "dw-prov.subnets=subnet-pub-a", "--format", "json");

        Assert.Equal("16 of 25 flows changed: 3 worse, 0 better, 4 added, 12 removed - WORSE", LastLine(text.Output));
        var root = JsonDocument.Parse(json.Output).RootElement;
        Assert.Equal((25, 16, 3, 0, 4, 12),
            (root.GetProperty("compared").GetInt32(), root.GetProperty("changed").GetInt32(), root.GetProperty("worse").GetInt32(),
             root.GetProperty("better").GetInt32(), root.GetProperty("added").GetInt32(), root.GetProperty("removed").GetInt32()));
        Assert.Equal((1, 1), (text.ExitCode, json.ExitCode));
    }

    // Finding 7: a catalog pathsim does not analyse drops flows; the output says so.
    [Fact]
    public void Whatif_CatalogToHive_NotesTheGlueFlowsAreNotAnalysed()
    {
        var text = Run("whatif", Dw, "--set", "dw-prov.catalog=hive");
        var json = Run("whatif", Dw, "--set", "dw-prov.catalog=hive", "--format", "json");

        const string note = "cluster 'dw-prov': catalog glue -> hive; pathsim does not analyse the path to a Hive metastore, so its glue flows are listed as removed, not checked";
        Assert.Contains($"\nnote: {note}\n\n3 of 21 flows changed: 0 worse, 0 better, 0 added, 3 removed - ok\n", text.Output, StringComparison.Ordinal);
        Assert.Equal([note], JsonDocument.Parse(json.Output).RootElement.GetProperty("notes").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(0, text.ExitCode);
    }

    // Finding 3, diff side: a bucket record gone while clusters still use it is called out.
    [Fact]
    public void Diff_BucketRecordGoneWhileUsed_NotesTheAssumption()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, Dw));
        int start = text.IndexOf("  - name: lake", StringComparison.Ordinal);
        using var after = new TempTopology(text[..start]);

        var result = Run("diff", Dw, after.Path);

        Assert.Contains("note: bucket 'lake' is no longer described but clusters 'dw-prov', 'wg-sl' still use it; pathsim now assumes a bucket in the cluster's region with no bucket policy\n", result.Output, StringComparison.Ordinal);
    }

    // Finding 13: messages.
    [Fact]
    public void Whatif_RemoveTwice_PS5003SaysAnEarlierEditRemovedIt()
    {
        var result = Run("whatif", Dw, "--remove", "nat-a", "--remove", "nat-a");

        Assert.Equal(("--remove nat-a: error PS5003: the edit names resource 'nat-a', which an earlier edit removed\n", 2), (result.Error, result.ExitCode));
    }

    [Fact]
    public void Whatif_CidrWithLeadingZeros_SaysLeadingZerosNotHostBits()
    {
        var result = Run("whatif", Dw, "--edit", Fixture("dup-route.edits.yaml"));

        Assert.Equal(
            ($"{Dir}/dup-route.edits.yaml:3:57: error PS2101: '0.0.0.000/0' is not a valid IPv4 CIDR block; an octet has leading zeros (write 0.0.0.0/0)\n" +
             $"{Dir}/dup-route.edits.yaml:5:56: error PS2101: '10.20.1.7/24' is not a valid IPv4 CIDR block; host bits are set (did you mean 10.20.1.0/24?)\n", 2),
            (result.Error, result.ExitCode));
    }

    [Fact]
    public void Whatif_RemoveEmptyList_PS2002AtTheList()
    {
        var result = Run("whatif", Dw, "--edit", Fixture("remove-empty-list.edits.yaml"));

        Assert.Equal(($"{Dir}/remove-empty-list.edits.yaml:3:13: error PS2002: 'edits[0]' must be an id ([KIND:]ID) or a list of ids; 'remove: []' lists none\n", 2), (result.Error, result.ExitCode));
    }

    [Fact]
    public void Whatif_EditsFileWithNoEdits_NoChangeExit0()
    {
        var result = Run("whatif", Dw, "--edit", Fixture("no-edits.edits.yaml"));

        Assert.Equal(("", $"pathsim whatif {Dw}\n\nEdits (0)\n\nNo flow changes.\n\n0 of 21 flows changed: 0 worse, 0 better - ok\n", 0), (result.Error, result.Output, result.ExitCode));
    }

    [Fact]
    public void Whatif_EmptyEditsFile_PS1008HoldsNoEdits()
    {
        var result = Run("whatif", Dw, "--edit", Fixture("bad-empty.edits.yaml"));

        Assert.Equal(($"{Dir}/bad-empty.edits.yaml: error PS1008: the file holds no edits (an edits file starts with 'pathsim: 1' and 'edits:', docs/whatif.md)\n", 2), (result.Error, result.ExitCode));
    }

    [Fact]
    public void Whatif_TopologyGivenAsEdits_OnePS1010()
    {
        var result = Run("whatif", Dw, "--edit", Dw);

        Assert.Equal(($"{Dw}:3:1: error PS1010: this looks like a topology file, not an edits file (it has 'region' and no 'edits:'); did you swap TOPOLOGY and --edit?\n", 2), (result.Error, result.ExitCode));
    }

    [Fact]
    public void Diff_EmptyDirectory_PS1009HoldsNoSnapshotFiles()
    {
        var empty = Directory.CreateTempSubdirectory("pathsim-empty-");
        try
        {
            var result = Run("diff", empty.FullName, Dw);

            Assert.Equal(($"{empty.FullName}: error PS1009: the directory holds no snapshot files (AWS describe-* JSON outputs in DIR, DIR/REGION or DIR/accounts/ACCOUNT/REGION, docs/aws-input.md)\n", 2), (result.Error, result.ExitCode));
        }
        finally
        {
            empty.Delete();
        }
    }

    // Finding 6: an edit that yields a topology `check` would reject is exit 2, at the edit (finding 9).
    [Theory]
    [InlineData("--set", "dw-prov.subnets=subnet-priv-a,subnet-priv-a", "error PS3018: Redshift cluster 'dw-prov' lists subnet 'subnet-priv-a' twice")]
    [InlineData("--set", "vpc-dw.cidrs=10.20.0.0/16,10.20.0.0/16", "error PS3018: VPC 'vpc-dw' lists CIDR 10.20.0.0/16 twice")]
    [InlineData("--set", "vpc-dw.cidrs=10.20.0.0/16,10.20.128.0/17", "error PS3019: VPC 'vpc-dw' has CIDR 10.20.128.0/17, which overlaps its CIDR 10.20.0.0/16 (AWS refuses an overlapping CIDR block association)")]
    [InlineData("--set", "dw-prov.elastic_ip=10.20.1.99", "error PS3021: Redshift cluster 'dw-prov' has Elastic IP 10.20.1.99, which is not a public IPv4 address (RFC 1918, shared, loopback, link-local or reserved space)\n" +
        "--set dw-prov.elastic_ip=10.20.1.99: warning PS4009: Redshift cluster 'dw-prov' has elastic_ip 10.20.1.99 but is not publicly_accessible; Redshift uses an Elastic IP only for a publicly accessible cluster, so it is ignored")]
    [InlineData("--set", "nat-a.subnet=subnet-nope", "error PS3002: subnet 'subnet-nope' does not exist")]
    [InlineData("--set", "nat-a.subnet=subnet-priv-c", "error PS3012: NAT gateway 'nat-a' has address 10.20.100.10, outside subnet 'subnet-priv-c' (10.20.3.0/24)")]
    public void Whatif_SetLeavesTopologyInvalid_ErrorAtTheFlagExit2(string flag, string value, string error)
    {
        var result = Run("whatif", Dw, flag, value);

        Assert.Equal(("", $"{flag} {value}: {error}\n", 2), (result.Output, result.Error, result.ExitCode));
    }

    [Theory]
    [InlineData("empty-subnet-group.edits.yaml", "3:39: error PS3017: Redshift cluster 'dw-prov' has no subnets; its subnet group needs at least one subnet")]
    [InlineData("vpce-same-az.edits.yaml", "6:37: error PS3020: interface endpoint 'vpce-glue' has subnets 'subnet-priv-a' and 'subnet-priv-a2' in availability zone us-east-1a; an interface endpoint takes one subnet per zone")]
    [InlineData("bad-set-nat-subnet.edits.yaml", "3:32: error PS3002: subnet 'subnet-nope' does not exist")]
    [InlineData("main-two.edits.yaml", "3:38: error PS3006: VPC 'vpc-dw' has two main route tables: 'rtb-main' and 'rtb-priv-ab'")]
    public void Whatif_EditsFileLeavesTopologyInvalid_ErrorAtTheEditExit2(string edits, string error)
    {
        var result = Run("whatif", Dw, "--edit", Fixture(edits));

        Assert.Equal(("", $"{Dir}/{edits}:{error}\n", 2), (result.Output, result.Error, result.ExitCode));
    }

    // Finding 9: an added subnet that overlaps an existing one is reported at the added subnet.
    [Fact]
    public void Whatif_AddedSubnetsInvalid_ErrorsAtTheAddedSubnets()
    {
        var result = Run("whatif", Dw, "--edit", Fixture("bad-subnet-cidr.edits.yaml"));

        Assert.Equal(
            ($"{Dir}/bad-subnet-cidr.edits.yaml:5:11: error PS3003: subnet 'subnet-priv-x' (10.99.1.0/24) is not inside any CIDR of VPC 'vpc-dw'\n" +
             $"{Dir}/bad-subnet-cidr.edits.yaml:6:11: error PS3004: subnet 'subnet-priv-y' (10.20.1.128/25) overlaps subnet 'subnet-priv-a' (10.20.1.0/24)\n", 2),
            (result.Error, result.ExitCode));
    }

    // Finding 15: a route to a deleted NAT in a hand-written file hints at `state: blackhole`.
    [Fact]
    public void Diff_AfterFileKeepsRoutesToDeletedNat_PS3002HintsBlackhole()
    {
        var result = Run("diff", Dw, Fixture("dw-nonat-dangling.yaml"));

        const string message = "error PS3002: NAT gateway 'nat-a' does not exist; if it was deleted, keep the route with 'state: blackhole', as AWS shows it (R5, docs/topology-extensions.md)";
        Assert.Equal(($"{Dir}/dw-nonat-dangling.yaml:29:9: {message}\n{Dir}/dw-nonat-dangling.yaml:34:9: {message}\n", 2), (result.Error, result.ExitCode));
    }

    // Finding 11: when another endpoint interface answers, the report says so instead of implying a rule changed.
    [Fact]
    public void Whatif_NaclNarrowed_GlueAnsweredByAnotherInterface_SaysThePathMoved()
    {
        var result = Run("whatif", Dw, "--edit", Fixture("nacl-replace.edits.yaml"));

        Assert.Contains("""
WORSE   dw-prov glue glue:us-east-1 from subnet-priv-a
        reachable via vpce-glue  ->  intermittent via vpce-glue (EPHEMERAL_PORTS_PARTIAL)
""", result.Output, StringComparison.Ordinal);
        Assert.Contains("""
        path now goes to eni-vpce-glue-subnet-priv-b (was eni-vpce-glue-subnet-priv-a), so the paths part at hop 3:
          was -> sg-vpce (security-group): ingress tcp 443 sg-rs
          now -> acl-priv (network-acl): subnet-priv-a egress 100 allow tcp 443 0.0.0.0/0
""", result.Output, StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
    }

    // Finding 17: "blocked by" names the policy statement as `check` does, without its JSON.
    [Fact]
    public void Whatif_BucketPolicyDenial_BlockedByLineHasNoPolicyJson()
    {
        var result = Run("whatif", Dw, "--detach-endpoint", "vpce-s3:rtb-priv-c");

        var blocked = result.Output.Split('\n').Where(l => l.Contains("blocked by dw-exports", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            "        blocked by dw-exports (s3-bucket) [statement #0 \"DenyUnlessEndpoint\" denies s3:PutObject on arn:aws:s3:::dw-exports/*] at tests/PathSim.Cli.Tests/Fixtures/whatif/dw.yaml:126:7",
            Assert.Single(blocked));
        Assert.DoesNotContain("\"Effect\"", result.Output, StringComparison.Ordinal);
    }

    // Finding 16: docs/whatif.md's add + replace example applies to its example topology.
    [Fact]
    public void Whatif_DocsReplaceExample_AppliesToTheExampleTopology()
    {
        var result = Run("whatif", "tests/../topologies/whatif/change-window.yaml", "--edit", Fixture("docs-replace.edits.yaml"));

        Assert.Equal("", result.Error);
        Assert.Equal(1, result.ExitCode);
    }

    // Finding 17: a --set with a policy document is not repeated in full as a location.
    [Fact]
    public void Whatif_SetEndpointPolicyFlag_LocationCutAfterTheEquals()
    {
        const string policy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"*"}]}""";

        var result = Run("whatif", Dw, "--set", $"vpce-s3.policy={policy}");

        Assert.Contains($"  set vpce-s3.policy = {policy}  (--set vpce-s3.policy=…)\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("        blocked by vpce-s3 (vpc-endpoint) [no statement allows s3:ListBucket on arn:aws:s3:::raw-landing] at --set vpce-s3.policy=…\n", result.Output, StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
    }
}
