using PathSim.Addressing;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Yaml.Tests;

public class ReaderExampleTests
{
    [Fact]
    public void SpecExample_Parses_OnlyItsUndefinedReferencesAreReported()
    {
        var result = Load.Text(TopologyExamples.FromSpec);

        // The example is schema-clean; it names five resources it never defines.
        Assert.Equal(
        [
            "t.yaml:34:5: error PS3002: subnet 'subnet-pub-a' does not exist",
            "t.yaml:47:5: error PS3002: security group 'sg-endpoints' does not exist",
            "t.yaml:56:5: error PS3002: VPC 'vpc-shared' does not exist",
            "t.yaml:86:5: error PS3002: security group 'sg-etl' does not exist",
            "t.yaml:93:5: error PS3002: subnet 'subnet-priv-b' does not exist",
        ], Load.Rendered(result));
        Assert.Null(result.Topology);
    }

    [Fact]
    public void CompleteExample_Loads_WithoutDiagnostics()
    {
        var result = Load.Text(TopologyExamples.Complete);

        Assert.Empty(Load.Rendered(result));
        Assert.True(result.Succeeded);
        var t = result.Topology;
        Assert.Equal("us-east-1", t.Region);
        Assert.Equal("111122223333", t.Account);
        Assert.Equal("t.yaml", t.Source);
        Assert.Equal(2, t.Vpcs.Count);
        Assert.Equal(3, t.Subnets.Count);
        Assert.Equal(3, t.RouteTables.Count);
        Assert.Equal(2, t.VpcEndpoints.Count);
        Assert.Equal(3, t.SecurityGroups.Count);
        Assert.Equal(2, t.NetworkAcls.Count);
        Assert.Equal(3, t.S3Buckets.Count);
    }

    [Fact]
    public void CompleteExample_Resources_CarryTheirItemLocations()
    {
        var t = Load.Text(TopologyExamples.Complete).Topology!;

        Assert.Equal(new SourceLocation("t.yaml", 5, 5), t.Vpcs[0].Location);
        Assert.Equal(new SourceLocation("t.yaml", 14, 5), t.Subnets[1].Location);
        var priv = t.RouteTables.Single(r => r.Id.Value == "rtb-priv");
        Assert.Equal(new SourceLocation("t.yaml", 24, 5), priv.Location);
        Assert.Equal(new SourceLocation("t.yaml", 27, 9), priv.Routes[0].Location);
        var acl = t.NetworkAcls.Single(a => a.Id.Value == "acl-priv");
        Assert.Equal(new SourceLocation("t.yaml", 94, 9), acl.Ingress[1].Location);
        Assert.Equal(new SourceLocation("t.yaml", 47, 7), t.VpcEndpoints[0].Policy!.Location);
    }

    [Fact]
    public void CompleteExample_Values_AreTyped()
    {
        var t = Load.Text(TopologyExamples.Complete).Topology!;

        Assert.Equal([Ipv4Prefix.Parse("10.1.0.0/16"), Ipv4Prefix.Parse("100.64.0.0/16")], t.Vpcs[1].Cidrs);
        Assert.Equal("us-west-2", t.Vpcs[1].Region);
        var routes = t.RouteTables.Single(r => r.Id.Value == "rtb-priv").Routes;
        Assert.Equal(new RouteTarget(RouteTargetKind.NatGateway, "nat-a"), routes[0].Target);
        Assert.Equal(new RouteTarget(RouteTargetKind.VpcPeeringConnection, "pcx-shared"), routes[1].Target);
        Assert.Equal((RouteTargetKind.Blackhole, RouteState.Blackhole), (routes[2].Target.Kind, routes[2].State));
        Assert.Equal(RouteOrigin.Propagated, routes[3].Origin);
        Assert.Equal(RouteDestination.ForPrefixList(new PrefixListId("pl-63a5400a")), routes[4].Destination);

        var egress = t.SecurityGroups[0].Egress;
        Assert.Equal("tcp 443 0.0.0.0/0", egress[0].ToString());
        Assert.Equal("https out", egress[0].Description);
        Assert.Equal(RulePeer.ForPrefixList(new PrefixListId("pl-63a5400a")), egress[1].Peer);
        Assert.Equal(RulePeer.ForSecurityGroup(new SecurityGroupId("sg-endpoints")), egress[2].Peer);

        var cluster = t.RedshiftClusters[0];
        Assert.True(cluster.EnhancedVpcRouting);
        Assert.Null(cluster.ElasticIp);
        Assert.Equal(BucketUseKind.Spectrum | BucketUseKind.Copy, cluster.Buckets[2].Uses);
        Assert.Equal(NetworkInterfaceKind.Instance, t.NetworkInterfaces[0].Kind);
        Assert.Equal(new InstanceId("i-0123456789abcdef0"), t.NetworkInterfaces[0].Instance);
    }

    [Fact]
    public void PolicyMapping_BecomesCompactJson()
    {
        var t = Load.Text(TopologyExamples.Complete).Topology!;

        Assert.Equal(
            """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":["s3:GetObject","s3:PutObject"],"Resource":"arn:aws:s3:::raw-events/*"}]}""",
            t.VpcEndpoints[0].Policy!.Json);
    }

    [Fact]
    public void PolicyJsonString_IsKeptAsWritten()
    {
        var t = Load.Text(TopologyExamples.Complete).Topology!;

        Assert.StartsWith("""{"Version":"2012-10-17","Statement":[{"Effect":"Deny",""", t.S3Buckets[0].Policy!.Json);
    }

    [Fact]
    public void ReadFromPath_MissingFile_ReportsPS1001()
    {
        string path = Path.Combine(Path.GetTempPath(), $"pathsim-missing-{Guid.NewGuid():N}.yaml");

        var result = TopologyYamlReader.Read(path);

        // <path>: error PS1001: cannot read '<path>': no such file
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("PS1001", path, 0), (d.Id, d.Location.File, d.Location.Line));
    }

    [Fact]
    public void ReadFromPath_ExistingFile_UsesThePathAsSource()
    {
        string path = Path.Combine(Path.GetTempPath(), $"pathsim-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, TopologyExamples.Complete);
        try
        {
            var result = TopologyYamlReader.Read(path);

            Assert.True(result.Succeeded);
            Assert.Equal(path, result.Topology.Source);
            Assert.Equal(path, result.Topology.Vpcs[0].Location.File);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
