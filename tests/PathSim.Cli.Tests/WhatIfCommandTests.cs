using System.Text.Json;
using Xunit;

namespace PathSim.Cli.Tests;

/// <summary>`pathsim whatif` and `pathsim diff` end to end over topologies/whatif/ (docs/whatif.md).</summary>
public sealed class WhatIfCommandTests
{
    private static readonly string Base = Path.Combine("topologies", "whatif", "change-window.yaml");

    private static string Edits(string name) => Path.Combine("topologies", "whatif", name);

    /// <summary>Runs with repository-relative paths (as the docs show them) resolved against the root.</summary>
    private static CliRunner.Result Run(params string[] args)
    {
        var absolute = args.Select(a => a.StartsWith("topologies", StringComparison.Ordinal) ? Path.Combine(RepositoryPaths.Root, a) : a).ToArray();
        var result = CliRunner.Run(absolute);
        string Relative(string text) => text.Replace(RepositoryPaths.Root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);
        return result with { Output = Relative(result.Output), Error = Relative(result.Error) };
    }

    [Fact]
    public void Whatif_RemoveNatExample_ListsTheFourBrokenFlowsExit1()
    {
        var result = Run("whatif", Base, "--edit", Edits("remove-nat.edits.yaml"));

        Assert.Equal("", result.Error);
        Assert.Equal(RemoveNatText + "\n", result.Output);
        Assert.Equal(1, result.ExitCode);
    }

    private const string RemoveNatText = """
pathsim whatif topologies/whatif/change-window.yaml

Edits (1)
  remove nat-a  (topologies/whatif/remove-nat.edits.yaml:10:5)

WORSE   analytics unload s3:exports-eu from subnet-priv-a
        reachable via nat-a  ->  unreachable (BAD_STATE_ROUTE)
        blocked by rtb-private (route-table) [0.0.0.0/0 -> nat-a is a blackhole (R5)] at topologies/whatif/change-window.yaml:56:9
        fix: replace the blackhole route 0.0.0.0/0 in rtb-private with a live NAT gateway, endpoint or internet gateway (R5)
        first changed hop (2):
          was -> rtb-private (route-table): 0.0.0.0/0 -> nat-a
          now -> rtb-private (route-table): 0.0.0.0/0 -> nat-a is a blackhole (R5)  DROPPED

WORSE   analytics glue glue:us-east-1 from subnet-priv-a
        reachable via nat-a  ->  unreachable (BAD_STATE_ROUTE)
        blocked by rtb-private (route-table) [0.0.0.0/0 -> nat-a is a blackhole (R5)] at topologies/whatif/change-window.yaml:56:9
        fix: replace the blackhole route 0.0.0.0/0 in rtb-private with a live NAT gateway, endpoint or internet gateway (R5)
        first changed hop (2):
          was -> rtb-private (route-table): 0.0.0.0/0 -> nat-a
          now -> rtb-private (route-table): 0.0.0.0/0 -> nat-a is a blackhole (R5)  DROPPED

WORSE   analytics unload s3:exports-eu from subnet-priv-b
        reachable via nat-a  ->  unreachable (BAD_STATE_ROUTE)
        blocked by rtb-private (route-table) [0.0.0.0/0 -> nat-a is a blackhole (R5)] at topologies/whatif/change-window.yaml:56:9
        fix: replace the blackhole route 0.0.0.0/0 in rtb-private with a live NAT gateway, endpoint or internet gateway (R5)
        first changed hop (2):
          was -> rtb-private (route-table): 0.0.0.0/0 -> nat-a
          now -> rtb-private (route-table): 0.0.0.0/0 -> nat-a is a blackhole (R5)  DROPPED

WORSE   analytics glue glue:us-east-1 from subnet-priv-b
        reachable via nat-a  ->  unreachable (BAD_STATE_ROUTE)
        blocked by rtb-private (route-table) [0.0.0.0/0 -> nat-a is a blackhole (R5)] at topologies/whatif/change-window.yaml:56:9
        fix: replace the blackhole route 0.0.0.0/0 in rtb-private with a live NAT gateway, endpoint or internet gateway (R5)
        first changed hop (2):
          was -> rtb-private (route-table): 0.0.0.0/0 -> nat-a
          now -> rtb-private (route-table): 0.0.0.0/0 -> nat-a is a blackhole (R5)  DROPPED

4 of 6 flows changed: 4 worse, 0 better - WORSE
""";

    [Fact]
    public void Whatif_DetachEndpointExample_CopyDeniedThroughNatExit1()
    {
        var result = Run("whatif", Base, "--edit", Edits("detach-s3-endpoint.edits.yaml"), "--format", "json");

        Assert.Equal(("", 1), (result.Error, result.ExitCode));
        using var doc = JsonDocument.Parse(result.Output);
        var root = doc.RootElement;
        Assert.Equal((6, 2, 2), (root.GetProperty("compared").GetInt32(), root.GetProperty("changed").GetInt32(), root.GetProperty("worse").GetInt32()));
        var rows = root.GetProperty("changes").EnumerateArray().Select(c =>
            $"{c.GetProperty("subnet").GetString()} {c.GetProperty("flow").GetString()} {c.GetProperty("change").GetString()} " +
            $"{c.GetProperty("before").GetProperty("verdict").GetString()}/{c.GetProperty("before").GetProperty("via").GetString()} -> " +
            $"{c.GetProperty("after").GetProperty("verdict").GetString()}/{c.GetProperty("after").GetProperty("via").GetString()} " +
            $"{c.GetProperty("after").GetProperty("blocker").GetProperty("component").GetString()} " +
            $"hop {c.GetProperty("changed_hop").GetProperty("index").GetInt32()}: {c.GetProperty("changed_hop").GetProperty("after").GetProperty("rule").GetString()}");
        Assert.Equal(
            [
                "subnet-priv-a copy worse reachable/vpce-s3 -> denied/nat-a raw-events hop 1: 0.0.0.0/0 -> nat-a",
                "subnet-priv-b copy worse reachable/vpce-s3 -> denied/nat-a raw-events hop 1: 0.0.0.0/0 -> nat-a",
            ],
            rows);
        Assert.Equal("detach endpoint vpce-s3 from rtb-private", root.GetProperty("edits")[0].GetProperty("edit").GetString());
    }

    [Fact]
    public void Whatif_QuickFlag_SameChangesAsTheEditsFile()
    {
        var fromFile = Run("whatif", Base, "--edit", Edits("remove-nat.edits.yaml"), "--format", "json");
        var fromFlag = Run("whatif", Base, "--remove", "nat-a", "--format", "json");

        static string Changes(string json) => JsonDocument.Parse(json).RootElement.GetProperty("changes").GetRawText();
        Assert.Equal(Changes(fromFile.Output), Changes(fromFlag.Output));
        Assert.Equal((1, 1), (fromFile.ExitCode, fromFlag.ExitCode));
    }

    [Fact]
    public void Whatif_EditNamesMissingId_PS5001Exit2()
    {
        var result = Run("whatif", Base, "--remove", "nat-x");

        // --remove nat-x: error PS5001: the edit names resource 'nat-x', which does not exist
        Assert.Equal(("", "--remove nat-x: error PS5001: the edit names resource 'nat-x', which does not exist\n", 2), (result.Output, result.Error, result.ExitCode));
    }

    [Fact]
    public void Whatif_EditLeavesTopologyInvalid_ValidatorErrorExit2()
    {
        var result = Run("whatif", Base, "--add-route", "rtb-public:10.9.0.0/16=nat-b");

        Assert.Equal(("", "--add-route rtb-public:10.9.0.0/16=nat-b: error PS3002: NAT gateway 'nat-b' does not exist; if it was deleted, keep the route with 'state: blackhole', as AWS shows it (R5, docs/topology-extensions.md)\n", 2), (result.Output, result.Error, result.ExitCode));
    }

    [Fact]
    public void Whatif_MalformedFlag_PS5002NamesTheSyntaxExit2()
    {
        var result = Run("whatif", Base, "--add-route", "rtb-private:0.0.0.0/0");

        Assert.Equal("--add-route rtb-private:0.0.0.0/0: error PS5002: '0.0.0.0/0' has no '=' between the destination and the target (expected --add-route RTB:DEST=TARGET)\n", result.Error);
        Assert.Equal(2, result.ExitCode);
    }

    [Fact]
    public void Whatif_NoEdits_Exit2()
    {
        var result = Run("whatif", Base);

        Assert.Equal(("error PS7001: --edit: whatif needs edits: --edit EDITS.yaml or a quick flag such as --remove ID (see docs/whatif.md)\n", 2), (result.Error, result.ExitCode));
    }

    [Fact]
    public void Whatif_EvrOff_FlowsLeaveTheVpcAndOnlyCopyGetsWorse()
    {
        var result = Run("whatif", Base, "--set", "analytics.enhanced_vpc_routing=false", "--format", "json");

        using var doc = JsonDocument.Parse(result.Output);
        var changes = doc.RootElement.GetProperty("changes").EnumerateArray()
            .Select(c => $"{c.GetProperty("subnet").GetString()} {c.GetProperty("flow").GetString()} {c.GetProperty("change").GetString()} {c.GetProperty("after").GetProperty("verdict").GetString()}");
        Assert.Equal(
            [
                "subnet-priv-a copy worse denied", "subnet-priv-a unload changed outside-vpc", "subnet-priv-a glue changed outside-vpc",
                "subnet-priv-b copy worse denied", "subnet-priv-b unload changed outside-vpc", "subnet-priv-b glue changed outside-vpc",
            ],
            changes);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Diff_SameTopology_NoChangesExit0()
    {
        var result = Run("diff", Base, Base);

        Assert.Equal(
            "pathsim diff topologies/whatif/change-window.yaml topologies/whatif/change-window.yaml\n\nNo flow changes.\n\n0 of 6 flows changed: 0 worse, 0 better - ok\n",
            result.Output);
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Diff_FileWithoutTheNat_SameFlowsAsWhatifRemoveNat()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, Base))
            .Replace("      - { destination: 0.0.0.0/0, target: nat-a }", "      - { destination: 0.0.0.0/0, target: nat-a, state: blackhole }", StringComparison.Ordinal)
            .Replace("nat_gateways:\n  - id: nat-a\n    subnet: subnet-pub-a\n    connectivity: public\n    private_ip: 10.0.0.10\n    public_ip: 203.0.113.10\n", "", StringComparison.Ordinal);
        using var after = new TempTopology(text);

        var diff = Run("diff", Base, after.Path, "--format", "json");
        var whatif = Run("whatif", Base, "--remove", "nat-a", "--format", "json");

        // Same flows, verdicts and hops; only where the blackholed route is written differs.
        static string Changes(string json) => string.Join("\n", JsonDocument.Parse(json).RootElement.GetProperty("changes").EnumerateArray()
            .Select(c => $"{c.GetProperty("subnet")} {c.GetProperty("flow")} {c.GetProperty("change")} {c.GetProperty("after").GetProperty("verdict")} {c.GetProperty("changed_hop").GetProperty("after").GetProperty("rule")}"));
        Assert.Equal(Changes(whatif.Output), Changes(diff.Output));
        Assert.Equal("", diff.Error);
        Assert.Equal(4, JsonDocument.Parse(diff.Output).RootElement.GetProperty("worse").GetInt32());
        Assert.Equal(1, diff.ExitCode);
    }

    [Fact]
    public void Whatif_PathWithoutTheChangedHop_SaysWhatHappenedInstead()
    {
        // newuser-trial-3 #16: both used to read "now (path ended)".
        var evrOff = Run("whatif", RepositoryPaths.Topology("healthy-private-endpoints.yaml"), "--set", "analytics.enhanced_vpc_routing=false").Output.Split('\n');
        var hive = Run("whatif", RepositoryPaths.Topology("healthy-private-endpoints.yaml"), "--set", "analytics.catalog=hive").Output.Split('\n');

        Assert.Contains("          now: the traffic leaves outside the VPC (EVR_DISABLED)", evrOff);
        Assert.Contains("          now: the flow no longer exists (the cluster no longer makes it)", hive);
        Assert.Contains("          was -> sg-redshift (security-group): egress tcp 443 0.0.0.0/0", hive);
    }
}
