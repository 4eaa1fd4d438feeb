using PathSim.Addressing;
using PathSim.Topology;

namespace PathSim.Yaml.Tests;

/// <summary>TOPOLOGY.md "Defaults that follow AWS".</summary>
public class ReaderDefaultsTests
{
    private static readonly NetworkTopology Minimal = Load.Text("""
        pathsim: 1
        region: eu-west-1
        account: "123456789012"
        vpcs:
          - { id: vpc-a, cidr: 10.0.0.0/16 }
        subnets:
          - { id: subnet-a, vpc: vpc-a, cidr: 10.0.1.0/24 }
        nat_gateways:
          - { id: nat-a, subnet: subnet-a }
        vpc_endpoints:
          - { id: vpce-glue, vpc: vpc-a, service: com.amazonaws.eu-west-1.glue, type: interface, subnets: [subnet-a] }
          - { id: vpce-s3, vpc: vpc-a, service: com.amazonaws.eu-west-1.s3 }
        security_groups:
          - { id: sg-default-egress, vpc: vpc-a, name: default }
          - { id: sg-no-egress, vpc: vpc-a, egress: [] }
        network_acls:
          - { id: acl-default, vpc: vpc-a, default: true }
          - { id: acl-custom, vpc: vpc-a }
        redshift_clusters:
          - { id: rs, subnets: [subnet-a] }
        s3_buckets:
          - name: b
        """).Topology!;

    [Fact]
    public void Vpc_Defaults_DnsSupportOnHostnamesOffRegionAndAccountFromFile()
    {
        var vpc = Minimal.Vpcs[0];

        Assert.Equal((true, false, "eu-west-1", "123456789012"), (vpc.EnableDnsSupport, vpc.EnableDnsHostnames, vpc.Region, vpc.Account));
    }

    [Fact]
    public void SecurityGroup_WithoutEgressKey_GetsAwsAllowAllOutbound()
    {
        var rule = Assert.Single(Minimal.SecurityGroups[0].Egress);

        Assert.Equal("all 0.0.0.0/0", rule.ToString());
        Assert.Equal(Minimal.SecurityGroups[0].Location, rule.Location);
    }

    [Fact]
    public void SecurityGroup_WithEmptyEgress_HasNoOutboundRule()
    {
        Assert.Empty(Minimal.SecurityGroups[1].Egress);
        Assert.Empty(Minimal.SecurityGroups[1].Ingress);
    }

    [Fact]
    public void NetworkAcl_DefaultWithoutRules_AllowsAllBothWays_CustomDeniesAll()
    {
        var defaultAcl = Minimal.NetworkAcls[0];
        Assert.Equal("100 allow all 0.0.0.0/0", Assert.Single(defaultAcl.Ingress).ToString());
        Assert.Equal("100 allow all 0.0.0.0/0", Assert.Single(defaultAcl.Egress).ToString());
        Assert.Empty(Minimal.NetworkAcls[1].Ingress);
        Assert.Empty(Minimal.NetworkAcls[1].Egress);
    }

    [Fact]
    public void Endpoint_Defaults_PrivateDnsOnGatewayTypeAvailable()
    {
        Assert.True(Minimal.VpcEndpoints[0].PrivateDns);
        Assert.Equal(VpcEndpointType.Gateway, Minimal.VpcEndpoints[1].Type);
        Assert.True(Minimal.VpcEndpoints[1].IsAvailable);
        Assert.Null(Minimal.VpcEndpoints[1].Policy);
    }

    [Fact]
    public void NatGateway_Defaults_PublicAndAvailable()
    {
        Assert.Equal((NatGatewayConnectivity.Public, true, (Ipv4Address?)null), (Minimal.NatGateways[0].Connectivity, Minimal.NatGateways[0].IsAvailable, Minimal.NatGateways[0].PrivateIp));
    }

    [Fact]
    public void Cluster_Defaults_ProvisionedGlueNoEvrNoBuckets()
    {
        var c = Minimal.RedshiftClusters[0];

        Assert.Equal((RedshiftDeployment.Provisioned, DataCatalog.Glue, false, false), (c.Deployment, c.Catalog, c.EnhancedVpcRouting, c.PubliclyAccessible));
        Assert.Empty(c.Buckets);
    }

    [Fact]
    public void Cluster_WithoutSecurityGroupsKey_GetsItsVpcsDefaultGroup()
    {
        // newuser-trial-3 #10: AWS gives a cluster its VPC's default security group when none is chosen.
        Assert.Equal(["sg-default-egress"], Minimal.RedshiftClusters[0].SecurityGroups.Select(g => g.Value));
    }

    [Fact]
    public void Cluster_WithoutSecurityGroupsKeyAndNoDefaultGroup_IsPS3022()
    {
        var result = Load.AfterHeader("""
            subnets:
              - { id: subnet-a, vpc: vpc-a, cidr: 10.0.1.0/24 }
            redshift_clusters:
              - id: rs
                subnets: [subnet-a]
            """);

        // t.yaml:9:5: error PS3022: Redshift cluster 'rs' lists no security_groups and VPC 'vpc-a' has no security group named 'default'; AWS gives a cluster its VPC's default group when none is chosen, so list the cluster's security_groups or declare that group (name: default) with its rules
        Assert.Equal(["t.yaml:9:5: error PS3022: Redshift cluster 'rs' lists no security_groups and VPC 'vpc-a' has no security group named 'default'; " +
            "AWS gives a cluster its VPC's default group when none is chosen, so list the cluster's security_groups or declare that group (name: default) with its rules"],
            Load.Rendered(result));
    }

    [Fact]
    public void Bucket_WithoutRegion_TakesTheFileRegion()
    {
        Assert.Equal("eu-west-1", Minimal.S3Buckets[0].Region);
    }

    [Fact]
    public void Subnet_WithoutAssociations_LeavesThemToTheVpcDefaults()
    {
        var s = Minimal.Subnets[0];

        Assert.Equal(((RouteTableId?)null, (NetworkAclId?)null, false), (s.RouteTable, s.NetworkAcl, s.MapPublicIpOnLaunch));
    }

    [Fact]
    public void Extensions_StatesAndRegion_AreRead()
    {
        var t = Load.AfterHeader("""
            subnets:
              - { id: subnet-a, vpc: vpc-a, cidr: 10.0.1.0/24, map_public_ip_on_launch: true }
            nat_gateways:
              - { id: nat-a, subnet: subnet-a, connectivity: private, state: deleted }
            vpc_endpoints:
              - { id: vpce-1, vpc: vpc-a, service: com.amazonaws.us-east-1.glue, type: Interface, state: pendingAcceptance, subnets: [subnet-a], network_interfaces: [eni-e] }
            network_interfaces:
              - { id: eni-e, subnet: subnet-a, private_ip: 10.0.1.9, kind: vpc_endpoint, description: endpoint interface }
            route_tables:
              - id: rtb-a
                vpc: vpc-a
                routes:
                  - { destination: 10.8.0.0/16, target: nat-a, state: blackhole }
            vpc_peering_connections:
              - { id: pcx-1, requester_vpc: vpc-a, accepter_vpc: vpc-remote, accepter_region: us-west-2, status: pending-acceptance }
            """).Topology!;

        Assert.True(t.Subnets[0].MapPublicIpOnLaunch);
        Assert.Equal((NatGatewayConnectivity.Private, false), (t.NatGateways[0].Connectivity, t.NatGateways[0].IsAvailable));
        Assert.False(t.VpcEndpoints[0].IsAvailable);
        Assert.Equal([new NetworkInterfaceId("eni-e")], t.VpcEndpoints[0].NetworkInterfaces);
        Assert.Equal(NetworkInterfaceKind.VpcEndpoint, t.NetworkInterfaces[0].Kind);
        Assert.Equal((RouteTargetKind.NatGateway, RouteState.Blackhole), (t.RouteTables[0].Routes[0].Target.Kind, t.RouteTables[0].Routes[0].State));
        Assert.False(t.VpcPeeringConnections[0].IsActive);
    }

    [Fact]
    public void RouteTarget_WithoutAwsPrefix_ResolvesToTheResourceTheFileDefines()
    {
        var t = Load.AfterHeader("""
            subnets:
              - { id: public-a, vpc: vpc-a, cidr: 10.0.0.0/24 }
            internet_gateways:
              - { id: main-gateway, vpc: vpc-a }
            nat_gateways:
              - { id: egress, subnet: public-a }
            route_tables:
              - id: rtb-a
                vpc: vpc-a
                routes:
                  - { destination: 0.0.0.0/0, target: egress }
                  - { destination: 192.0.2.0/24, target: main-gateway }
            """).Topology!;

        Assert.Equal(new RouteTarget(RouteTargetKind.NatGateway, "egress"), t.RouteTables[0].Routes[0].Target);
        Assert.Equal(new RouteTarget(RouteTargetKind.InternetGateway, "main-gateway"), t.RouteTables[0].Routes[1].Target);
    }
}
