using Xunit;

namespace PathSim.Cli.Tests;

/// <summary>
/// Fix lines a new user found wrong (/work/notes/newuser-trial-4.md, findings 1–3), over their own estate:
/// two peered VPCs, a cluster in three subnets, a NAT per AZ, the S3 gateway endpoint and a Glue interface
/// endpoint (Fixtures/fixlines, one change each). The verdicts were right; the fixes sent the reader to add
/// an endpoint or NAT that already existed, to add an Allow an explicit Deny overrides, or to route a
/// cluster subnet at the internet gateway.
/// </summary>
public sealed class FixLineFindingsTests
{
    private static string Fixture(string name) => Path.Combine(RepositoryPaths.Root, "tests", "PathSim.Cli.Tests", "Fixtures", "fixlines", name);

    private static List<string> FixLines(string name) =>
        [.. CliRunner.Run("check", Fixture(name)).Output.Split('\n').Where(l => l.StartsWith("    fix: ", StringComparison.Ordinal)).Distinct()];

    [Fact]
    public void Check_NaclDenyForOneS3Prefix_FixIsTheDenyRuleNotARoute()
    {
        Assert.Equal(["    fix: remove deny rule 50 from acl-dw, or give it a number above the allow rule: entries are evaluated lowest number first (F2)"],
            FixLines("nacl-deny-s3-prefix.yaml"));
    }

    [Fact]
    public void Check_OneS3PrefixRoutedIntoAPeering_FixIsThatRouteNotAnEndpoint()
    {
        Assert.Equal(["    fix: send s3 traffic in rtb-dw-c to this VPC's own endpoint or NAT gateway instead of pcx-shared (remove the route that points it at the peering): "
                      + "a peered VPC's gateways and endpoints cannot be used (G3)"],
            FixLines("s3-static-in-c-to-pcx.yaml"));
    }

    [Fact]
    public void Check_EndpointInterfaceSubnetAclWithoutIngress443_FixIsThatAcl()
    {
        Assert.Equal(["    fix: allow inbound TCP 443 from the cluster's subnets in acl-dw-b (F2)"], FixLines("glue-ep-b-acl-diff.yaml"));
    }

    [Fact]
    public void Check_GlueEndpointPolicyWithExplicitDeny_FixChangesTheStatement()
    {
        Assert.Equal(["    fix: remove or narrow the denying statement of vpce-glue's policy (statement #0), or exempt the cluster's IAM role from it: an explicit Deny wins over any Allow (E3)"],
            FixLines("glue-endpoint-policy-deny.yaml"));
    }

    [Fact]
    public void Check_NatGatewayInAnotherClusterSubnet_FixMovesTheNatRatherThanRoutingTheClusterSubnetToTheIgw()
    {
        Assert.Contains("    fix: move nat-c to a public subnet (one whose route table sends 0.0.0.0/0 to igw-dw) and point the routes at it: "
                        + "rtb-dw-a also serves dw's subnet subnet-dw-a, whose traffic must not go to the internet gateway directly (G2, RS2)",
            FixLines("nat-in-other-private.yaml"));
    }
}
