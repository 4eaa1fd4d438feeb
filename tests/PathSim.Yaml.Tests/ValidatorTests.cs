using PathSim.Addressing;
using PathSim.Topology;
using PathSim.Validation;

namespace PathSim.Yaml.Tests;

/// <summary>Reference and AWS-validity diagnostics (3xxx), read from files so they carry locations.</summary>
public class ValidatorTests
{
    [Fact]
    public void DuplicateId_PS3001NamesTheFirstLocation()
    {
        var result = Load.AfterHeader("""
            subnets:
              - { id: subnet-a, vpc: vpc-a, cidr: 10.0.1.0/24 }
              - { id: subnet-a, vpc: vpc-a, cidr: 10.0.2.0/24 }
            """);

        // t.yaml:8:5: error PS3001: 'subnet-a' is defined twice (first at t.yaml:7:5)
        Assert.Equal(["t.yaml:8:5: error PS3001: 'subnet-a' is defined twice (first at t.yaml:7:5)"], Load.Rendered(result));
    }

    [Fact]
    public void MissingReference_SubnetVpc_PS3002NamesTheId()
    {
        var result = Load.AfterHeader("""
            subnets:
              - { id: subnet-a, vpc: vpc-b, cidr: 10.0.1.0/24 }
            """);

        // t.yaml:7:5: error PS3002: VPC 'vpc-b' does not exist
        Assert.Equal(["t.yaml:7:5: error PS3002: VPC 'vpc-b' does not exist"], Load.Rendered(result));
    }

    [Fact]
    public void MissingReference_RouteTargets_PS3002AtEachRoute()
    {
        var result = Load.AfterHeader("""
            route_tables:
              - id: rtb-a
                vpc: vpc-a
                routes:
                  - { destination: 0.0.0.0/0, target: nat-missing }
                  - { destination: 192.0.2.0/24, target: igw-missing }
                  - { destination: 198.51.100.0/24, target: pcx-missing }
                  - { destination: 203.0.113.0/24, target: vpce-missing }
            """);

        // t.yaml:10:9: error PS3002: NAT gateway 'nat-missing' does not exist
        // t.yaml:11:9: error PS3002: internet gateway 'igw-missing' does not exist
        // t.yaml:12:9: error PS3002: VPC peering connection 'pcx-missing' does not exist
        // t.yaml:13:9: error PS3002: VPC endpoint 'vpce-missing' does not exist
        Assert.Equal([("PS3002", 10, 9), ("PS3002", 11, 9), ("PS3002", 12, 9), ("PS3002", 13, 9)], Load.Codes(result));
        Assert.Equal("NAT gateway 'nat-missing' does not exist; if it was deleted, keep the route with 'state: blackhole', as AWS shows it (R5, docs/topology-extensions.md)", result.Diagnostics[0].Message);
    }

    [Fact]
    public void UndefinedPrefixList_ToAGatewayEndpoint_IsAccepted_ElsewhereIsPS3002()
    {
        var result = Load.AfterHeader("""
            route_tables:
              - id: rtb-a
                vpc: vpc-a
                routes:
                  - { destination: pl-63a5400a, target: vpce-s3 }
                  - { destination: pl-0000000a, target: igw-a }
            internet_gateways:
              - { id: igw-a, vpc: vpc-a }
            vpc_endpoints:
              - { id: vpce-s3, vpc: vpc-a, service: com.amazonaws.us-east-1.s3, route_tables: [rtb-a] }
            security_groups:
              - id: sg-a
                vpc: vpc-a
                egress:
                  - { protocol: tcp, ports: 443, destination: pl-63a5400a }
            """);

        // An undeclared list is PS3016 with how to declare it (newuser finding 3: the real S3 list id in an SG rule).
        Assert.Equal([("PS3016", 11, 9), ("PS3016", 20, 9)], Load.Codes(result));
        Assert.Equal("t.yaml:20:9: error PS3016: prefix list 'pl-63a5400a' does not exist; declare it under prefix_lists with its CIDRs "
            + "(an AWS-managed list takes its name, com.amazonaws.REGION.SERVICE, e.g. com.amazonaws.us-east-1.s3)", Load.Rendered(result)[1]);
    }

    [Fact]
    public void SubnetOutsideItsVpc_PS3003()
    {
        var result = Load.AfterHeader("""
            subnets:
              - { id: subnet-a, vpc: vpc-a, cidr: 10.1.0.0/24 }
            """);

        // t.yaml:7:5: error PS3003: subnet 'subnet-a' (10.1.0.0/24) is not inside any CIDR of VPC 'vpc-a'
        Assert.Equal(["t.yaml:7:5: error PS3003: subnet 'subnet-a' (10.1.0.0/24) is not inside any CIDR of VPC 'vpc-a'"], Load.Rendered(result));
    }

    [Fact]
    public void OverlappingSubnets_PS3004AtTheLaterOne()
    {
        var result = Load.AfterHeader("""
            subnets:
              - { id: subnet-small, vpc: vpc-a, cidr: 10.0.1.128/25 }
              - { id: subnet-big, vpc: vpc-a, cidr: 10.0.0.0/23 }
              - { id: subnet-other, vpc: vpc-a, cidr: 10.0.2.0/24 }
            """);

        // t.yaml:8:5: error PS3004: subnet 'subnet-big' (10.0.0.0/23) overlaps subnet 'subnet-small' (10.0.1.128/25)
        Assert.Equal(["t.yaml:8:5: error PS3004: subnet 'subnet-big' (10.0.0.0/23) overlaps subnet 'subnet-small' (10.0.1.128/25)"], Load.Rendered(result));
    }

    [Fact]
    public void ResourcesOfAnotherVpc_PS3005()
    {
        var result = Load.AfterHeader("""
              - { id: vpc-b, cidr: 10.1.0.0/16 }
            subnets:
              - { id: subnet-a, vpc: vpc-a, cidr: 10.0.1.0/24, route_table: rtb-b }
              - { id: subnet-b, vpc: vpc-b, cidr: 10.1.1.0/24 }
            route_tables:
              - { id: rtb-b, vpc: vpc-b }
            security_groups:
              - { id: sg-b, vpc: vpc-b }
            vpc_endpoints:
              - { id: vpce-glue, vpc: vpc-a, service: com.amazonaws.us-east-1.glue, type: interface, subnets: [subnet-b] }
            network_interfaces:
              - { id: eni-a, subnet: subnet-a, private_ip: 10.0.1.5, security_groups: [sg-b] }
            """);

        // t.yaml:8:5: error PS3005: route table 'rtb-b' is in VPC 'vpc-b' but must be in VPC 'vpc-a'
        // t.yaml:15:5: error PS3005: subnet 'subnet-b' is in VPC 'vpc-b' but must be in VPC 'vpc-a'
        // t.yaml:17:5: error PS3005: security group 'sg-b' is in VPC 'vpc-b' but must be in VPC 'vpc-a'
        Assert.Equal([("PS3005", 8, 5), ("PS3005", 15, 5), ("PS3005", 17, 5)], Load.Codes(result));
        Assert.Equal("security group 'sg-b' is in VPC 'vpc-b' but must be in VPC 'vpc-a'", result.Diagnostics[2].Message);
    }

    [Fact]
    public void TwoMainRouteTables_PS3006()
    {
        var result = Load.AfterHeader("""
            route_tables:
              - { id: rtb-1, vpc: vpc-a, main: true }
              - { id: rtb-2, vpc: vpc-a, main: true }
            """);

        // t.yaml:8:5: error PS3006: VPC 'vpc-a' has two main route tables: 'rtb-1' and 'rtb-2'
        Assert.Equal(["t.yaml:8:5: error PS3006: VPC 'vpc-a' has two main route tables: 'rtb-1' and 'rtb-2'"], Load.Rendered(result));
    }

    [Fact]
    public void TwoDefaultNetworkAcls_PS3007()
    {
        var result = Load.AfterHeader("""
            network_acls:
              - { id: acl-1, vpc: vpc-a, default: true }
              - { id: acl-2, vpc: vpc-a, default: true }
            """);

        // t.yaml:8:5: error PS3007: VPC 'vpc-a' has two default network ACLs: 'acl-1' and 'acl-2'
        Assert.Equal([("PS3007", 8, 5)], Load.Codes(result));
    }

    [Fact]
    public void DuplicateRuleNumber_PerDirection_PS3008()
    {
        var result = Load.AfterHeader("""
            network_acls:
              - id: acl-a
                vpc: vpc-a
                ingress:
                  - { rule: 100, protocol: all, source: 0.0.0.0/0, action: allow }
                  - { rule: 100, protocol: tcp, source: 10.0.0.0/8, action: deny }
                egress:
                  - { rule: 100, protocol: all, destination: 0.0.0.0/0, action: allow }
            """);

        // t.yaml:11:9: error PS3008: network ACL 'acl-a' has two ingress rules numbered 100
        Assert.Equal(["t.yaml:11:9: error PS3008: network ACL 'acl-a' has two ingress rules numbered 100"], Load.Rendered(result));
    }

    [Fact]
    public void RouteMoreSpecificThanLocal_NotASubnetCidr_PS3009_ExactSubnetCidrIsFine()
    {
        var result = Load.AfterHeader("""
            subnets:
              - { id: subnet-a, vpc: vpc-a, cidr: 10.0.1.0/24 }
            network_interfaces:
              - { id: eni-fw, subnet: subnet-a, private_ip: 10.0.1.10 }
            route_tables:
              - id: rtb-a
                vpc: vpc-a
                routes:
                  - { destination: 10.0.1.0/24, target: eni-fw }
                  - { destination: 10.0.2.0/24, target: eni-fw }
            """);

        // t.yaml:15:9: error PS3009: route 10.0.2.0/24 in 'rtb-a' is more specific than the local route 10.0.0.0/16 but is not exactly a subnet CIDR (AWS-RULES.md R2)
        Assert.Equal([("PS3009", 15, 9)], Load.Codes(result));
    }

    [Fact]
    public void DuplicateRoute_PS3010()
    {
        var result = Load.AfterHeader("""
            internet_gateways:
              - { id: igw-a, vpc: vpc-a }
            route_tables:
              - id: rtb-a
                vpc: vpc-a
                routes:
                  - { destination: 0.0.0.0/0, target: igw-a }
                  - { destination: 0.0.0.0/0, target: blackhole }
            """);

        // t.yaml:13:9: error PS3010: route table 'rtb-a' has two routes to 0.0.0.0/0
        Assert.Equal([("PS3010", 13, 9)], Load.Codes(result));
    }

    [Fact]
    public void GatewayEndpointRoute_InATableNotAssociated_PS3011()
    {
        var result = Load.AfterHeader("""
            route_tables:
              - id: rtb-a
                vpc: vpc-a
                routes:
                  - { destination: pl-63a5400a, target: vpce-s3 }
              - { id: rtb-b, vpc: vpc-a }
            vpc_endpoints:
              - { id: vpce-s3, vpc: vpc-a, service: com.amazonaws.us-east-1.s3, route_tables: [rtb-b] }
            """);

        // t.yaml:10:9: error PS3011: route pl-63a5400a -> vpce-s3 in 'rtb-a' disagrees with endpoint 'vpce-s3' route table associations
        Assert.Equal([("PS3011", 10, 9)], Load.Codes(result));
    }

    [Fact]
    public void TwoOwnersOfOnePrivateIpInAVpc_PS3024()
    {
        var result = Load.AfterHeader("""
            subnets:
              - { id: subnet-a, vpc: vpc-a, cidr: 10.0.1.0/24 }
            network_interfaces:
              - { id: eni-a, subnet: subnet-a, private_ip: 10.0.1.25 }
              - { id: eni-b, subnet: subnet-a, private_ip: 10.0.1.25 }
              - { id: eni-c, subnet: subnet-a, private_ip: 10.0.1.30 }
            nat_gateways:
              - { id: nat-a, subnet: subnet-a, private_ip: 10.0.1.30 }
            """);

        // t.yaml:10:5: error PS3024: network interface 'eni-b' has private IP 10.0.1.25, which network interface 'eni-a' in VPC 'vpc-a' already has; AWS assigns an address to one interface (InvalidIPAddress.InUse)
        // t.yaml:11:5: error PS3024: network interface 'eni-c' has private IP 10.0.1.30, which NAT gateway 'nat-a' in VPC 'vpc-a' already has; …
        Assert.Equal([("PS3024", 10, 5), ("PS3024", 11, 5)], Load.Codes(result));
        Assert.Equal("network interface 'eni-b' has private IP 10.0.1.25, which network interface 'eni-a' in VPC 'vpc-a' already has; AWS assigns an address to one interface (InvalidIPAddress.InUse)", result.Diagnostics[0].Message);
    }

    [Theory]
    [InlineData("10.0.1.0")]
    [InlineData("10.0.1.1")]
    [InlineData("10.0.1.2")]
    [InlineData("10.0.1.3")]
    [InlineData("10.0.1.255")]
    public void PrivateIpAwsReservesInTheSubnet_PS3025(string ip)
    {
        var result = Load.AfterHeader($$"""
            subnets:
              - { id: subnet-a, vpc: vpc-a, cidr: 10.0.1.0/24 }
            network_interfaces:
              - { id: eni-a, subnet: subnet-a, private_ip: {{ip}} }
            nat_gateways:
              - { id: nat-a, subnet: subnet-a, private_ip: 10.0.1.4 }
            """);

        // t.yaml:9:5: error PS3025: network interface 'eni-a' has private IP 10.0.1.1, which AWS reserves in subnet 'subnet-a' (10.0.1.0/24): the first four addresses (network, VPC router, DNS, future use) and the last are never assigned
        Assert.Equal([("PS3025", 9, 5)], Load.Codes(result));
        Assert.Equal($"network interface 'eni-a' has private IP {ip}, which AWS reserves in subnet 'subnet-a' (10.0.1.0/24): the first four addresses (network, VPC router, DNS, future use) and the last are never assigned", result.Diagnostics[0].Message);
    }

    [Fact]
    public void InterfaceAddressOutsideItsSubnet_PS3012()
    {
        var result = Load.AfterHeader("""
            subnets:
              - { id: subnet-a, vpc: vpc-a, cidr: 10.0.1.0/24 }
            network_interfaces:
              - { id: eni-a, subnet: subnet-a, private_ip: 10.0.2.5 }
            nat_gateways:
              - { id: nat-a, subnet: subnet-a, private_ip: 10.0.3.5 }
            """);

        // t.yaml:9:5: error PS3012: network interface 'eni-a' has address 10.0.2.5, outside subnet 'subnet-a' (10.0.1.0/24)
        // t.yaml:11:5: error PS3012: NAT gateway 'nat-a' has address 10.0.3.5, outside subnet 'subnet-a' (10.0.1.0/24)
        Assert.Equal([("PS3012", 9, 5), ("PS3012", 11, 5)], Load.Codes(result));
        Assert.Equal("network interface 'eni-a' has address 10.0.2.5, outside subnet 'subnet-a' (10.0.1.0/24)", result.Diagnostics[0].Message);
    }

    [Fact]
    public void EndpointFieldsOfTheOtherType_PS3013()
    {
        var result = Load.AfterHeader("""
            subnets:
              - { id: subnet-a, vpc: vpc-a, cidr: 10.0.1.0/24 }
            route_tables:
              - { id: rtb-a, vpc: vpc-a }
            vpc_endpoints:
              - { id: vpce-s3, vpc: vpc-a, service: com.amazonaws.us-east-1.s3, type: gateway, subnets: [subnet-a] }
              - { id: vpce-glue, vpc: vpc-a, service: com.amazonaws.us-east-1.glue, type: interface, route_tables: [rtb-a] }
            """);

        // t.yaml:11:5: error PS3013: endpoint 'vpce-s3' is of type gateway and cannot have 'subnets'
        // t.yaml:12:5: error PS3013: endpoint 'vpce-glue' is of type interface and cannot have 'route_tables'
        Assert.Equal([("PS3013", 11, 5), ("PS3013", 12, 5)], Load.Codes(result));
    }

    [Fact]
    public void RouteTargetOfNoKnownKind_PS3014AtTheTarget()
    {
        var result = Load.AfterHeader("""
            route_tables:
              - id: rtb-a
                vpc: vpc-a
                routes:
                  - { destination: 0.0.0.0/0, target: natgw-1 }
            """);

        // t.yaml:10:43: error PS3014: 'natgw-1' is not a route target (igw-, nat-, vpce-, pcx-, tgw-, eni-, eigw-, vgw-, local or blackhole)
        Assert.Equal([("PS3014", 10, 43)], Load.Codes(result));
    }

    [Fact]
    public void RouteToAnInterfaceEndpoint_PS3015()
    {
        var result = Load.AfterHeader("""
            route_tables:
              - id: rtb-a
                vpc: vpc-a
                routes:
                  - { destination: 0.0.0.0/0, target: vpce-glue }
            vpc_endpoints:
              - { id: vpce-glue, vpc: vpc-a, service: com.amazonaws.us-east-1.glue, type: interface }
            """);

        // t.yaml:10:9: error PS3015: route 0.0.0.0/0 in 'rtb-a' targets interface endpoint 'vpce-glue'; only gateway and ...
        Assert.Equal([("PS3015", 10, 9)], Load.Codes(result));
    }

    [Fact]
    public void ReferenceToAResourceDroppedForASchemaError_IsNotReportedAgain()
    {
        var result = Load.AfterHeader("""
            subnets:
              - { id: subnet-a, vpc: vpc-a, cidr: 10.0.1.0/33 }
            network_interfaces:
              - { id: eni-a, subnet: subnet-a, private_ip: 10.0.1.5 }
            """);

        // t.yaml:7:39: error PS2101: '10.0.1.0/33' is not a valid IPv4 CIDR block
        Assert.Equal([("PS2101", 7, 39)], Load.Codes(result));
    }

    [Fact]
    public void Validate_TopologyBuiltInCode_ReportsWithoutLocations()
    {
        var topology = new NetworkTopology
        {
            Region = "us-east-1",
            Vpcs = [new Vpc { Id = new VpcId("vpc-a"), Cidrs = [Ipv4Prefix.Parse("10.0.0.0/16")], Region = "us-east-1" }],
            Subnets = [new Subnet { Id = new SubnetId("subnet-a"), Vpc = new VpcId("vpc-x"), Cidr = Ipv4Prefix.Parse("10.0.1.0/24") }],
        };

        var diagnostics = TopologyValidator.Validate(topology);

        // error PS3002: VPC 'vpc-x' does not exist
        Assert.Equal(["error PS3002: VPC 'vpc-x' does not exist"], diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void ListedTwice_ClusterSubnetAndEndpointGroup_PS3018AtTheResource()
    {
        var result = Load.AfterHeader("""
            subnets:
              - { id: subnet-a, vpc: vpc-a, cidr: 10.0.1.0/24 }
            security_groups:
              - { id: sg-a, vpc: vpc-a }
            vpc_endpoints:
              - { id: vpce-glue, vpc: vpc-a, service: com.amazonaws.us-east-1.glue, type: interface, subnets: [subnet-a], security_groups: [sg-a, sg-a] }
            redshift_clusters:
              - { id: rs, subnets: [subnet-a, subnet-a], security_groups: [sg-a] }
            """);

        // t.yaml:11:5: error PS3018: VPC endpoint 'vpce-glue' lists security group 'sg-a' twice
        // t.yaml:13:5: error PS3018: Redshift cluster 'rs' lists subnet 'subnet-a' twice
        Assert.Equal(
            ["t.yaml:11:5: error PS3018: VPC endpoint 'vpce-glue' lists security group 'sg-a' twice",
             "t.yaml:13:5: error PS3018: Redshift cluster 'rs' lists subnet 'subnet-a' twice"],
            Load.Rendered(result));
    }

    [Fact]
    public void OverlappingVpcCidrs_PS3019AtTheVpc()
    {
        var result = Load.Text("""
            pathsim: 1
            region: us-east-1
            vpcs:
              - { id: vpc-a, cidrs: [10.0.0.0/16, 10.0.128.0/17] }
            """);

        // t.yaml:4:5: error PS3019: VPC 'vpc-a' has CIDR 10.0.128.0/17, which overlaps its CIDR 10.0.0.0/16 (AWS refuses an overlapping CIDR block association)
        Assert.Equal(["t.yaml:4:5: error PS3019: VPC 'vpc-a' has CIDR 10.0.128.0/17, which overlaps its CIDR 10.0.0.0/16 (AWS refuses an overlapping CIDR block association)"], Load.Rendered(result));
    }

    [Fact]
    public void InterfaceEndpointTwoSubnetsInOneZone_PS3020()
    {
        var result = Load.AfterHeader("""
            subnets:
              - { id: subnet-a, vpc: vpc-a, cidr: 10.0.1.0/24, availability_zone: us-east-1a }
              - { id: subnet-a2, vpc: vpc-a, cidr: 10.0.2.0/24, availability_zone: us-east-1a }
              - { id: subnet-b, vpc: vpc-a, cidr: 10.0.3.0/24, availability_zone: us-east-1b }
            vpc_endpoints:
              - { id: vpce-glue, vpc: vpc-a, service: com.amazonaws.us-east-1.glue, type: interface, subnets: [subnet-a, subnet-b, subnet-a2] }
            """);

        // t.yaml:11:5: error PS3020: interface endpoint 'vpce-glue' has subnets 'subnet-a' and 'subnet-a2' in availability zone us-east-1a; an interface endpoint takes one subnet per zone
        Assert.Equal(["t.yaml:11:5: error PS3020: interface endpoint 'vpce-glue' has subnets 'subnet-a' and 'subnet-a2' in availability zone us-east-1a; an interface endpoint takes one subnet per zone"], Load.Rendered(result));
    }

    [Fact]
    public void PrivateAddressAsElasticIp_PS3021_DocumentationRangeAccepted()
    {
        var result = Load.AfterHeader("""
            subnets:
              - { id: subnet-a, vpc: vpc-a, cidr: 10.0.1.0/24 }
            nat_gateways:
              - { id: nat-a, subnet: subnet-a, public_ip: 203.0.113.10 }
            redshift_clusters:
              - { id: rs, subnets: [subnet-a], security_groups: [], publicly_accessible: true, elastic_ip: 10.0.1.99 }
            """);

        // t.yaml:11:5: error PS3021: Redshift cluster 'rs' has Elastic IP 10.0.1.99, which is not a public IPv4 address (RFC 1918, shared, loopback, link-local or reserved space)
        Assert.Equal(["t.yaml:11:5: error PS3021: Redshift cluster 'rs' has Elastic IP 10.0.1.99, which is not a public IPv4 address (RFC 1918, shared, loopback, link-local or reserved space)"], Load.Rendered(result));
    }

    [Fact]
    public void ClusterWithoutSubnets_PS3017()
    {
        var topology = new NetworkTopology
        {
            Region = "us-east-1",
            RedshiftClusters = [new RedshiftCluster { Id = new("rs"), Subnets = [] }],
        };

        // error PS3017: Redshift cluster 'rs' has no subnets; its subnet group needs at least one subnet
        Assert.Equal(["error PS3017: Redshift cluster 'rs' has no subnets; its subnet group needs at least one subnet"], TopologyValidator.Validate(topology).Select(d => d.ToString()));
    }

    [Fact]
    public void GatewayEndpointForAnotherRegion_PS3023()
    {
        // newuser-trial-3 #18: AWS cannot create it; it used to load and report CROSS_REGION_VIA_ENDPOINT.
        var result = Load.AfterHeader("""
            vpc_endpoints:
              - { id: vpce-s3, vpc: vpc-a, service: com.amazonaws.eu-west-1.s3 }
            """);

        // t.yaml:7:5: error PS3023: gateway endpoint 'vpce-s3' is for com.amazonaws.eu-west-1.s3, but VPC 'vpc-a' is in us-east-1; AWS creates a gateway endpoint only for a service in the VPC's own region (R6)
        Assert.Equal(["t.yaml:7:5: error PS3023: gateway endpoint 'vpce-s3' is for com.amazonaws.eu-west-1.s3, but VPC 'vpc-a' is in us-east-1; AWS creates a gateway endpoint only for a service in the VPC's own region (R6)"],
            Load.Rendered(result));
    }

    [Fact]
    public void ClusterElasticIpAndPublicAccess_DisagreeingAreWarningsPS4009AndPS4010()
    {
        // newuser-trial-3 #18: what the model does with each is said, not left silent.
        var result = Load.AfterHeader("""
            subnets:
              - { id: subnet-a, vpc: vpc-a, cidr: 10.0.1.0/24 }
            redshift_clusters:
              - { id: private-with-eip, subnets: [subnet-a], security_groups: [], elastic_ip: 203.0.113.7 }
              - { id: public-without-eip, subnets: [subnet-a], security_groups: [], publicly_accessible: true }
            """);

        // t.yaml:9:5: warning PS4009: Redshift cluster 'private-with-eip' has elastic_ip 203.0.113.7 but is not publicly_accessible; Redshift uses an Elastic IP only for a publicly accessible cluster, so it is ignored
        // t.yaml:10:5: warning PS4010: Redshift cluster 'public-without-eip' is publicly_accessible without elastic_ip; Redshift would give it a public IP of its own, which pathsim does not know, so it is modelled with none (traffic through an internet gateway fails); give elastic_ip to model the public address
        Assert.Equal([("PS4009", 9, 5), ("PS4010", 10, 5)], Load.Codes(result));
        Assert.Equal("Redshift cluster 'private-with-eip' has elastic_ip 203.0.113.7 but is not publicly_accessible; Redshift uses an Elastic IP only for a publicly accessible cluster, so it is ignored",
            result.Diagnostics[0].Message);
        Assert.NotNull(result.Topology);
    }

    [Fact]
    public void ClusterWithEmptySubnetList_PS3017AsForAnEdit()
    {
        // newuser-trial-3 #13: `subnets: []` used to be PS2003 "needs 'subnets'" in a file but PS3017 after an edit.
        var result = Load.AfterHeader("""
            redshift_clusters:
              - { id: rs, subnets: [], security_groups: [] }
            """);

        // t.yaml:7:5: error PS3017: Redshift cluster 'rs' has no subnets; its subnet group needs at least one subnet
        Assert.Equal(["t.yaml:7:5: error PS3017: Redshift cluster 'rs' has no subnets; its subnet group needs at least one subnet"], Load.Rendered(result));
    }
}
