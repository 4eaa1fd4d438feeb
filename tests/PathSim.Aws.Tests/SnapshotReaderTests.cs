using PathSim.Diagnostics;
using PathSim.Addressing;
using PathSim.Topology;
using Xunit;

namespace PathSim.Aws.Tests;

public sealed class SnapshotReaderTests
{
    private const string Vpc = """{"Vpcs":[{"VpcId":"vpc-1","CidrBlock":"10.0.0.0/16","OwnerId":"111122223333","IsDefault":false}]}""";
    private const string Subnets = """{"Subnets":[{"SubnetId":"subnet-a","VpcId":"vpc-1","CidrBlock":"10.0.1.0/24","AvailabilityZone":"us-east-1a"}]}""";

    [Fact]
    public void MalformedFile_ReportsFileAndPosition_RestStillLoads()
    {
        using var snapshot = new SnapshotFixture();
        snapshot.Write("us-east-1/Vpcs.json", Vpc);
        var bad = snapshot.Write("us-east-1/Subnets.json", "{\"Subnets\": [ {\"SubnetId\": \"subnet-a\",, } ]}");

        var result = AwsSnapshotReader.ReadDirectory(snapshot.Root);

        // <bad>:1:29: error PS6101: not valid JSON: ... at JSON path $.Subnets[0]
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("PS6101", error.Id);
        Assert.Equal(bad, error.Location.File);
        Assert.Equal(1, error.Location.Line);
        Assert.Contains("$.Subnets[0]", error.Message);
        Assert.Equal("vpc-1", Assert.Single(result.Topology.Vpcs).Id.Value);
    }

    [Fact]
    public void BadValueInOneResource_ReportsJsonPath_OtherResourcesLoad()
    {
        using var snapshot = new SnapshotFixture();
        snapshot.Write("us-east-1/Vpcs.json", Vpc);
        var file = snapshot.Write("us-east-1/Subnets.json", """
            {"Subnets":[
              {"SubnetId":"subnet-a","VpcId":"vpc-1","CidrBlock":"10.0.1.0/24"},
              {"SubnetId":"subnet-b","VpcId":"vpc-1","CidrBlock":"10.0.300.0/24"}]}
            """);

        var result = AwsSnapshotReader.ReadDirectory(snapshot.Root);

        // <file>: error PS6101: '10.0.300.0/24' is not a valid IPv4 CIDR block at JSON path $.Subnets[1].CidrBlock
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("PS6101", error.Id);
        Assert.Equal(file, error.Location.File);
        Assert.Equal("'10.0.300.0/24' is not a valid IPv4 CIDR block at JSON path $.Subnets[1].CidrBlock", error.Message);
        Assert.Equal("subnet-a", Assert.Single(result.Topology.Subnets).Id.Value);
    }

    [Fact]
    public void UnmodelledKey_WarnedOnceAcrossFiles()
    {
        using var snapshot = new SnapshotFixture();
        snapshot.Write("us-east-1/Vpcs.json", Vpc);
        snapshot.Write("us-east-1/a.json", """{"VpnGateways":[]}""");
        snapshot.Write("us-east-2/b.json", """{"VpnGateways":[]}""");

        var result = AwsSnapshotReader.ReadDirectory(snapshot.Root);

        var warning = Assert.Single(result.Diagnostics, d => d.Id != "PS4011");
        Assert.Equal("PS4001", warning.Id);
        Assert.Equal("'VpnGateways' is not modelled by pathsim and is ignored", warning.Message);
    }

    [Fact]
    public void FilesDirectlyInDirectory_TakeDefaultRegion()
    {
        using var snapshot = new SnapshotFixture();
        snapshot.Write("Vpcs.json", Vpc);

        Assert.Equal("us-west-2", AwsSnapshotReader.ReadDirectory(snapshot.Root).Topology.Vpcs[0].Region);
        Assert.Equal("eu-west-1", AwsSnapshotReader.ReadDirectory(snapshot.Root, "eu-west-1").Topology.Vpcs[0].Region);
    }

    [Fact]
    public void AccountsLayout_GivesRegionAndAccount()
    {
        using var snapshot = new SnapshotFixture();
        snapshot.Write("accounts/444455556666/eu-west-1/Vpcs.json", """{"Vpcs":[{"VpcId":"vpc-1","CidrBlock":"10.0.0.0/16"}]}""");

        var vpc = Assert.Single(AwsSnapshotReader.ReadDirectory(snapshot.Root).Topology.Vpcs);

        Assert.Equal("eu-west-1", vpc.Region);
        Assert.Equal("444455556666", vpc.Account);
    }

    [Fact]
    public void RouteToDeletedNatGateway_IsBlackhole_RouteToMissingOne_IsBlackholeWithWarning()
    {
        using var snapshot = new SnapshotFixture();
        snapshot.Write("us-east-1/Vpcs.json", Vpc);
        snapshot.Write("us-east-1/Subnets.json", Subnets);
        snapshot.Write("us-east-1/NatGateways.json", """{"NatGateways":[{"NatGatewayId":"nat-gone","SubnetId":"subnet-a","VpcId":"vpc-1","State":"deleted"}]}""");
        snapshot.Write("us-east-1/RouteTables.json", """
            {"RouteTables":[{"RouteTableId":"rtb-1","VpcId":"vpc-1",
              "Associations":[{"Main":true,"AssociationState":{"State":"associated"}},{"Main":false,"SubnetId":"subnet-a"}],
              "Routes":[
                {"DestinationCidrBlock":"10.0.0.0/16","GatewayId":"local","Origin":"CreateRouteTable","State":"active"},
                {"DestinationCidrBlock":"0.0.0.0/0","NatGatewayId":"nat-gone","Origin":"CreateRoute","State":"active"},
                {"DestinationCidrBlock":"192.168.0.0/16","NatGatewayId":"nat-unknown","Origin":"CreateRoute","State":"active"},
                {"DestinationCidrBlock":"172.16.0.0/12","GatewayId":"vgw-1","Origin":"EnableVgwRoutePropagation","State":"active"}]}]}
            """);

        var result = AwsSnapshotReader.ReadDirectory(snapshot.Root);

        var table = Assert.Single(result.Topology.RouteTables);
        Assert.True(table.IsMain);
        Assert.Equal(new RouteTableId("rtb-1"), result.Topology.Subnets[0].RouteTable);
        Assert.Collection(table.Routes,
            r => Assert.Equal(("0.0.0.0/0", RouteTarget.Blackhole, RouteState.Blackhole), (r.Destination.ToString(), r.Target, r.State)),
            r => Assert.Equal(("192.168.0.0/16", RouteTarget.Blackhole, RouteState.Blackhole), (r.Destination.ToString(), r.Target, r.State)),
            r => Assert.Equal((RouteTargetKind.VirtualPrivateGateway, RouteOrigin.Propagated, RouteState.Active), (r.Target.Kind, r.Origin, r.State)));
        // warning PS4004: route 192.168.0.0/16 -> nat-unknown in 'rtb-1': nat-unknown is not in the snapshot, so the route is treated as a blackhole (AWS-RULES.md R5)
        var warning = Assert.Single(result.Diagnostics, d => d.Id != "PS4011");
        Assert.Equal("PS4004", warning.Id);
        Assert.Contains("nat-unknown", warning.Message);
    }

    [Fact]
    public void InstancesAndElasticIps_AttachToTheirInterfaces()
    {
        using var snapshot = new SnapshotFixture();
        snapshot.Write("us-east-1/Vpcs.json", Vpc);
        snapshot.Write("us-east-1/Subnets.json", Subnets);
        snapshot.Write("us-east-1/NetworkInterfaces.json", """
            {"NetworkInterfaces":[
              {"NetworkInterfaceId":"eni-1","SubnetId":"subnet-a","VpcId":"vpc-1","PrivateIpAddress":"10.0.1.5","InterfaceType":"interface","Groups":[{"GroupId":"sg-1"}]},
              {"NetworkInterfaceId":"eni-rs","SubnetId":"subnet-a","VpcId":"vpc-1","PrivateIpAddress":"10.0.1.9","Description":"RedshiftNetworkInterface","InterfaceType":"interface"}]}
            """);
        snapshot.Write("us-east-1/Reservations.json", """
            {"Reservations":[{"Instances":[
              {"InstanceId":"i-1","State":{"Name":"running"},"NetworkInterfaces":[{"NetworkInterfaceId":"eni-1","SubnetId":"subnet-a","PrivateIpAddress":"10.0.1.5","Groups":[{"GroupId":"sg-1"}]}]},
              {"InstanceId":"i-2","State":{"Name":"terminated"},"NetworkInterfaces":[]}]}]}
            """);
        snapshot.Write("us-east-1/Addresses.json", """{"Addresses":[{"PublicIp":"203.0.113.7","AllocationId":"eipalloc-1","NetworkInterfaceId":"eni-1","PrivateIpAddress":"10.0.1.5","Domain":"vpc"}]}""");

        var interfaces = AwsSnapshotReader.ReadDirectory(snapshot.Root).Topology.NetworkInterfaces;

        Assert.Collection(interfaces,
            i => Assert.Equal((NetworkInterfaceKind.Instance, "i-1", Ipv4Address.Parse("203.0.113.7")), (i.Kind, i.Instance?.Value, i.PublicIp)),
            i => Assert.Equal((NetworkInterfaceKind.RedshiftCluster, (string?)null, (Ipv4Address?)null), (i.Kind, i.Instance?.Value, i.PublicIp)));
    }

    [Fact]
    public void CloudMapperRedshiftSample_ParsesIntoCluster()
    {
        var result = AwsSnapshotReader.ReadDirectory(RealInputs.CloudMapper, "us-east-1");

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PS6101");
        var cluster = Assert.Single(result.Topology.RedshiftClusters);
        Assert.Equal("redshift-cluster-1", cluster.Id.Value);
        Assert.Equal(RedshiftDeployment.Provisioned, cluster.Deployment);
        Assert.Equal("dc2.large", cluster.NodeType);
        Assert.False(cluster.EnhancedVpcRouting);
        Assert.True(cluster.PubliclyAccessible);
        Assert.Equal(Ipv4Address.Parse("3.89.235.255"), cluster.ElasticIp);   // the leader's public IP
        Assert.Equal(["subnet-00000001", "subnet-00000002"], cluster.Subnets.Select(s => s.Value));
        Assert.Equal(["sg-00000002"], cluster.SecurityGroups.Select(s => s.Value));
        Assert.Equal(2, result.Topology.VpcEndpoints.Count);
    }

    [Fact]
    public void ClustersFileAddedToRealSnapshot_PlacesClusterInPrivateSubnet()
    {
        using var snapshot = new SnapshotFixture()
            .CopyFrom(Path.Combine(RealInputs.Batfish("test-vpc-endpoint-gateway"), "us-east-1"), "us-east-1")
            .CopyFrom(RealInputs.Fixture("redshift-in-private-subnet"), "us-east-1");

        var result = AwsSnapshotReader.ReadDirectory(snapshot.Root);

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        var cluster = Assert.Single(result.Topology.RedshiftClusters);
        Assert.True(cluster.EnhancedVpcRouting);
        Assert.Equal(["subnet-01e5f0945f6d6f47c"], cluster.Subnets.Select(s => s.Value));
        var vpc = Assert.Single(result.Topology.Vpcs);
        Assert.True(vpc.EnableDnsSupport && vpc.EnableDnsHostnames);
    }

    [Fact]
    public void VpcWithoutDescribeVpcAttribute_WarnsOnceThatTheDnsAttributesAreAssumed()
    {
        using var snapshot = new SnapshotFixture();
        var vpcs = snapshot.Write("us-east-1/Vpcs.json", Vpc);
        snapshot.Write("us-east-1/Subnets.json", Subnets);

        var result = AwsSnapshotReader.ReadDirectory(snapshot.Root);

        // <vpcs>: warning PS4011: VPC 'vpc-1': no describe-vpc-attribute output for enableDnsSupport and enableDnsHostnames, ...
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("PS4011", warning.Id);
        Assert.Equal(vpcs, warning.Location.File);
        Assert.Equal("VPC 'vpc-1': no describe-vpc-attribute output for enableDnsSupport and enableDnsHostnames, so AWS's default for a non-default VPC is assumed (enable_dns_support: true, enable_dns_hostnames: false); Redshift enhanced VPC routing flows depend on these attributes (RS3), so add the output of 'aws ec2 describe-vpc-attribute --vpc-id vpc-1 --attribute enableDnsSupport' and '--attribute enableDnsHostnames' to the snapshot (with --aws, allow ec2:DescribeVpcAttribute; docs/aws-input.md)", warning.Message);
    }

    [Fact]
    public void VpcWithOneDescribeVpcAttribute_WarnsAboutTheOtherOnly()
    {
        using var snapshot = new SnapshotFixture();
        snapshot.Write("us-east-1/Vpcs.json", Vpc);
        snapshot.Write("us-east-1/attr.json", """{"VpcId":"vpc-1","EnableDnsHostnames":{"Value":true}}""");

        var result = AwsSnapshotReader.ReadDirectory(snapshot.Root);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("PS4011", warning.Id);
        Assert.StartsWith("VPC 'vpc-1': no describe-vpc-attribute output for enableDnsSupport, so AWS's default for a non-default VPC is assumed (enable_dns_support: true);", warning.Message);
        Assert.True(result.Topology.Vpcs[0].EnableDnsHostnames);
    }

    [Fact]
    public void FlatSnapshotWithoutRegion_WarnsDefaultRegionUsed_AndZonesOfAnotherRegion()
    {
        using var snapshot = new SnapshotFixture();
        snapshot.Write("Vpcs.json", Vpc);
        var subnets = snapshot.Write("Subnets.json", Subnets.Replace("us-east-1a", "us-east-2b", StringComparison.Ordinal));
        snapshot.Write("attr.json", """{"VpcId":"vpc-1","EnableDnsSupport":{"Value":true},"EnableDnsHostnames":{"Value":true}}""");

        var loaded = AwsSnapshotReader.Load(snapshot.Root);

        Assert.True(loaded.Succeeded);
        Assert.Collection(loaded.Diagnostics.OrderBy(d => d.Id, StringComparer.Ordinal),
            d =>
            {
                // <root>: warning PS4012: the describe files directly in '<root>' are read as region us-west-2, ...
                Assert.Equal("PS4012", d.Id);
                Assert.Equal(new SourceLocation(snapshot.Root, 0, 0), d.Location);
                Assert.Equal($"the describe files directly in '{snapshot.Root}' are read as region us-west-2, the default for files outside a region folder; pass --region or put them in a folder named after their region", d.Message);
            },
            d =>
            {
                Assert.Equal("PS4013", d.Id);
                Assert.Equal(subnets, d.Location.File);
                Assert.Equal("subnet 'subnet-a' is in availability zone us-east-2b, which is not in region us-west-2 of VPC 'vpc-1'; services, endpoints and buckets are resolved for us-west-2 (for a snapshot, pass --region us-east-2 or put the files in a folder named us-east-2)", d.Message);
            });
        Assert.DoesNotContain(AwsSnapshotReader.Load(snapshot.Root, "us-east-2").Diagnostics, d => d.Id is "PS4012" or "PS4013");
    }
}
