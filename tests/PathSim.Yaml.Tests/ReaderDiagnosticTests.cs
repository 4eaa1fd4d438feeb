namespace PathSim.Yaml.Tests;

/// <summary>Each schema diagnostic (1xxx, 2xxx) at its exact file:line:column; the rendered message is in the comment above.</summary>
public class ReaderDiagnosticTests
{
    [Fact]
    public void UnknownKey_Typo_IsAnErrorThatSuggestsTheKnownKey()
    {
        var result = Load.AfterHeader("""
            subnets:
              - id: subnet-a
                vpc: vpc-a
                cidr: 10.0.1.0/24
                route_tabel: rtb-a
            """);

        // t.yaml:10:5: error PS2001: unknown key 'route_tabel' in subnet 'subnet-a' (did you mean 'route_table'?)
        Assert.Equal([("PS2001", 10, 5)], Load.Codes(result));
        Assert.Equal("unknown key 'route_tabel' in subnet 'subnet-a' (did you mean 'route_table'?)", result.Diagnostics[0].Message);
        Assert.Null(result.Topology);
    }

    [Fact]
    public void UnknownKey_OtherDirectionsPeer_SuggestsThisDirectionsKey()
    {
        var result = Load.AfterHeader("""
            security_groups:
              - id: sg-a
                vpc: vpc-a
                ingress:
                  - { protocol: tcp, ports: 443, destination: 10.0.0.0/8 }
            """);

        // t.yaml:10:9: error PS2003: ingress[0] of security group 'sg-a' needs 'source'
        // t.yaml:10:38: error PS2001: unknown key 'destination' in ingress[0] of security group 'sg-a' (did you mean 'source'?)
        Assert.Equal([("PS2003", 10, 9), ("PS2001", 10, 38)], Load.Codes(result));
        Assert.EndsWith("(did you mean 'source'?)", result.Diagnostics[1].Message);
    }

    [Fact]
    public void UnknownKey_TopLevel_IsReported()
    {
        var result = Load.AfterHeader("""
            route_tabels: []
            """);

        // t.yaml:6:1: error PS2001: unknown key 'route_tabels' in the topology file (did you mean 'route_tables'?)
        Assert.Equal([("PS2001", 6, 1)], Load.Codes(result));
        Assert.Contains("did you mean 'route_tables'", result.Diagnostics[0].Message);
    }

    [Fact]
    public void WrongType_ListWhereAStringBelongs_PS2002AtTheValue()
    {
        var result = Load.AfterHeader("""
            subnets:
              - id: subnet-a
                vpc: vpc-a
                cidr: 10.0.1.0/24
                availability_zone: [us-east-1a]
            """);

        // t.yaml:10:24: error PS2002: 'availability_zone' must be a string
        Assert.Equal([("PS2002", 10, 24)], Load.Codes(result));
        Assert.Equal("'availability_zone' must be a string", result.Diagnostics[0].Message);
    }

    [Fact]
    public void WrongType_NotABoolean_PS2002NamesTheKey()
    {
        var result = Load.AfterHeader("""
            route_tables:
              - { id: rtb-a, vpc: vpc-a, main: yes }
            """);

        // t.yaml:7:36: error PS2002: 'main' must be true or false
        Assert.Equal([("PS2002", 7, 36)], Load.Codes(result));
        Assert.Equal("'main' must be true or false", result.Diagnostics[0].Message);
    }

    [Fact]
    public void WrongType_ResourceListIsAMapping_PS2002()
    {
        var result = Load.AfterHeader("""
            subnets:
              id: subnet-a
            """);

        // t.yaml:7:3: error PS2002: 'subnets' must be a list
        Assert.Equal([("PS2002", 7, 3)], Load.Codes(result));
    }

    [Fact]
    public void MissingKey_RequiredCidr_PS2003AtTheItem()
    {
        var result = Load.AfterHeader("""
            subnets:
              - id: subnet-a
                vpc: vpc-a
            """);

        // t.yaml:7:5: error PS2003: subnet 'subnet-a' needs 'cidr'
        Assert.Equal([("PS2003", 7, 5)], Load.Codes(result));
        Assert.Equal("subnet 'subnet-a' needs 'cidr'", result.Diagnostics[0].Message);
    }

    [Fact]
    public void MissingKey_FormatVersionAndRegion_PS2003AtTheDocument()
    {
        var result = Load.Text("""
            vpcs:
              - { id: vpc-a, cidr: 10.0.0.0/16 }
            """);

        // t.yaml:1:1: error PS2003: the topology file needs 'pathsim'
        // t.yaml:1:1: error PS2003: the topology file needs 'region'
        Assert.Equal([("PS2003", 1, 1), ("PS2003", 1, 1)], Load.Codes(result));
        Assert.Equal(["the topology file needs 'pathsim'", "the topology file needs 'region'"], result.Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void FormatVersion_Two_PS2004AtTheValue()
    {
        var result = Load.Text("""
            pathsim: 2
            region: us-east-1
            """);

        // t.yaml:1:10: error PS2004: pathsim format version 2 is not supported (this pathsim reads version 1)
        Assert.Equal([("PS2004", 1, 10)], Load.Codes(result));
    }

    [Fact]
    public void InvalidCidr_HostBitsSet_PS2101SuggestsTheNetwork()
    {
        var result = Load.AfterHeader("""
            subnets:
              - { id: subnet-a, vpc: vpc-a, cidr: 10.0.1.7/24 }
            """);

        // t.yaml:7:39: error PS2101: '10.0.1.7/24' is not a valid IPv4 CIDR block; host bits are set (did you mean 10.0.1.0/24?)
        Assert.Equal([("PS2101", 7, 39)], Load.Codes(result));
        Assert.Equal("'10.0.1.7/24' is not a valid IPv4 CIDR block; host bits are set (did you mean 10.0.1.0/24?)", result.Diagnostics[0].Message);
    }

    [Fact]
    public void InvalidCidr_PrefixListInANetworkAcl_PS2101SaysCidrsOnly()
    {
        var result = Load.AfterHeader("""
            network_acls:
              - id: acl-a
                vpc: vpc-a
                egress:
                  - { rule: 100, protocol: tcp, ports: 443, destination: pl-63a5400a, action: allow }
            """);

        // t.yaml:10:62: error PS2101: 'pl-63a5400a' is not a valid IPv4 CIDR block; network ACLs take CIDR blocks only
        Assert.Equal([("PS2101", 10, 62)], Load.Codes(result));
        Assert.EndsWith("network ACLs take CIDR blocks only", result.Diagnostics[0].Message);
    }

    [Fact]
    public void InvalidIpAddress_PS2102()
    {
        var result = Load.AfterHeader("""
            subnets:
              - { id: subnet-a, vpc: vpc-a, cidr: 10.0.1.0/24 }
            network_interfaces:
              - { id: eni-a, subnet: subnet-a, private_ip: 10.0.1.300 }
            """);

        // t.yaml:9:48: error PS2102: '10.0.1.300' is not a valid IPv4 address
        Assert.Equal([("PS2102", 9, 48)], Load.Codes(result));
    }

    [Fact]
    public void InvalidPort_PS2103()
    {
        var result = Load.AfterHeader("""
            security_groups:
              - id: sg-a
                vpc: vpc-a
                egress:
                  - { protocol: tcp, ports: 443-80, destination: 0.0.0.0/0 }
            """);

        // t.yaml:10:33: error PS2103: '443-80' is not a port (0-65535) or a range 'from-to'
        Assert.Equal([("PS2103", 10, 33)], Load.Codes(result));
    }

    [Fact]
    public void InvalidProtocol_PS2104()
    {
        var result = Load.AfterHeader("""
            security_groups:
              - id: sg-a
                vpc: vpc-a
                egress:
                  - { protocol: tpc, destination: 0.0.0.0/0 }
            """);

        // t.yaml:10:21: error PS2104: 'tpc' is not a protocol (tcp, udp, icmp, all, -1 or 0-255)
        Assert.Equal([("PS2104", 10, 21)], Load.Codes(result));
    }

    [Fact]
    public void InvalidValue_Enum_PS2105ListsTheChoices()
    {
        var result = Load.AfterHeader("""
            vpc_endpoints:
              - id: vpce-a
                vpc: vpc-a
                service: com.amazonaws.us-east-1.s3
                type: gateway-endpoint
            """);

        // t.yaml:10:11: error PS2105: 'gateway-endpoint' is not one of gateway, interface, gateway_load_balancer
        Assert.Equal([("PS2105", 10, 11)], Load.Codes(result));
        Assert.Equal("'gateway-endpoint' is not one of gateway, interface, gateway_load_balancer", result.Diagnostics[0].Message);
    }

    /// <summary>An interface endpoint for <paramref name="service"/>, whose service value is at line 9, column 14.</summary>
    private static PathSim.Validation.TopologyLoadResult InterfaceEndpointFor(string service) => Load.AfterHeader($"""
        vpc_endpoints:
          - id: vpce-a
            vpc: vpc-a
            service: {service}
            type: interface
        """);

    [Theory]
    [InlineData("com.amazonaws.us-east-1.gleu", "glue")]
    [InlineData("com.amazonaws.us-east-1.s4", "s3")]
    public void EndpointServiceOneTypoFromAKnownService_PS4014WithDidYouMean(string service, string near)
    {
        var result = InterfaceEndpointFor(service);

        // t.yaml:9:14: warning PS4014: endpoint service 'com.amazonaws.us-east-1.gleu' names service 'gleu', which is not an AWS service pathsim knows (did you mean 'glue'?); traffic to glue does not use this endpoint
        var warning = Assert.Single(result.Diagnostics, d => d.Id == "PS4014");
        Assert.Equal((9, 14), (warning.Location.Line, warning.Location.Column));
        Assert.Equal($"endpoint service '{service}' names service '{service[24..]}', which is not an AWS service pathsim knows (did you mean '{near}'?); traffic to {near} does not use this endpoint", warning.Message);
        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData("com.amazonaws.us-east-1.glue")]
    [InlineData("com.amazonaws.us-east-1.ecr.dkr")]
    [InlineData("com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0")]
    public void EndpointServiceKnownOrFarFromEveryKnownOne_NoPS4014(string service)
    {
        var result = InterfaceEndpointFor(service);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PS4014");
    }

    [Fact]
    public void InvalidId_WithSpace_PS2106()
    {
        var result = Load.AfterHeader("""
            internet_gateways:
              - id: "igw main"
            """);

        // t.yaml:7:9: error PS2106: 'igw main' is not a valid internet gateway id
        Assert.Equal([("PS2106", 7, 9)], Load.Codes(result));
    }

    [Fact]
    public void InvalidPolicy_MalformedJson_PS2107AtThePolicy()
    {
        var result = Load.AfterHeader("""
            s3_buckets:
              - name: raw-events
                policy: '{"Version": "2012-10-17",'
            """);

        // t.yaml:8:13: error PS2107: the policy document is not valid: Expected depth to be zero at the end of the JSON payload. ...
        Assert.Equal([("PS2107", 8, 13)], Load.Codes(result));
    }

    [Fact]
    public void InvalidPolicy_NotJson_PS2107InPathsimsWordsWithoutTheLibrarysPositionTail()
    {
        var result = Load.AfterHeader("""
            s3_buckets:
              - name: raw-events
                policy: "{not json"
            """);

        // t.yaml:8:13: error PS2107: the policy document is not valid: malformed JSON (JSON line 1, byte 2): 'n' is an invalid start of a property name. Expected a '"'
        Assert.Equal([("PS2107", 8, 13)], Load.Codes(result));
        Assert.Equal("the policy document is not valid: malformed JSON (JSON line 1, byte 2): 'n' is an invalid start of a property name. Expected a '\"'", result.Diagnostics[0].Message);
    }

    [Fact]
    public void InvalidPolicy_JsonArray_PS2107()
    {
        var result = Load.AfterHeader("""
            s3_buckets:
              - name: raw-events
                policy: '[1, 2]'
            """);

        // t.yaml:8:13: error PS2107: the policy document is not valid: a policy document is a JSON object
        Assert.Equal([("PS2107", 8, 13)], Load.Codes(result));
        Assert.EndsWith("a policy document is a JSON object", result.Diagnostics[0].Message);
    }

    [Fact]
    public void DuplicateKey_PS2108AtTheSecondKey()
    {
        var result = Load.AfterHeader("""
            subnets:
              - id: subnet-a
                vpc: vpc-a
                cidr: 10.0.1.0/24
                cidr: 10.0.2.0/24
            """);

        // t.yaml:10:5: error PS2108: key 'cidr' appears twice in this mapping
        Assert.Equal([("PS2108", 10, 5)], Load.Codes(result));
    }

    [Fact]
    public void DuplicateKey_InsideAPolicyMapping_PS2108()
    {
        var result = Load.AfterHeader("""
            s3_buckets:
              - name: b
                policy:
                  Version: "2012-10-17"
                  Version: "2008-10-17"
            """);

        // t.yaml:10:7: error PS2108: key 'Version' appears twice in this mapping
        Assert.Equal([("PS2108", 10, 7)], Load.Codes(result));
    }

    [Fact]
    public void Ports_OnIcmp_PS2109()
    {
        var result = Load.AfterHeader("""
            security_groups:
              - id: sg-a
                vpc: vpc-a
                egress:
                  - { protocol: icmp, ports: 8, destination: 0.0.0.0/0 }
            """);

        // t.yaml:10:34: error PS2109: 'ports' applies only to tcp and udp, not to protocol icmp
        Assert.Equal([("PS2109", 10, 34)], Load.Codes(result));
    }

    [Fact]
    public void RuleNumber_OutOfRange_PS2110()
    {
        var result = Load.AfterHeader("""
            network_acls:
              - id: acl-a
                vpc: vpc-a
                ingress:
                  - { rule: 32767, protocol: all, source: 0.0.0.0/0, action: deny }
            """);

        // t.yaml:10:17: error PS2110: '32767' is not a network ACL rule number (1-32766)
        Assert.Equal([("PS2110", 10, 17)], Load.Codes(result));
    }

    [Fact]
    public void SyntaxError_UnterminatedQuote_PS1003()
    {
        var result = Load.Text("pathsim: 1\nregion: 'us-east-1\n");

        // t.yaml:3:1: error PS1003: While scanning a quoted scalar, found unexpected end of stream.
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("PS1003", d.Id);
        Assert.Equal("t.yaml", d.Location.File);
    }

    [Fact]
    public void SyntaxError_UnclosedFlowSequence_PS1003NotAnException()
    {
        // DOTNET-NOTES.md: this input makes YamlDotNet throw InvalidOperationException, not YamlException.
        var result = Load.Text("a: [1, 2\nb: 3\n");

        Assert.Equal("PS1003", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void SyntaxError_SecondDocument_PS1003AtItsStart()
    {
        var result = Load.Text("pathsim: 1\nregion: us-east-1\n---\npathsim: 1\n");

        // t.yaml:3:1: error PS1003: a topology file holds one YAML document, but a second one starts here
        Assert.Equal([("PS1003", 3, 1)], Load.Codes(result));
    }

    [Fact]
    public void SyntaxError_UndefinedAlias_PS1003()
    {
        var result = Load.Text("pathsim: 1\nregion: *r\n");

        // t.yaml:2:9: error PS1003: alias '*r' names no anchor defined before it
        Assert.Equal([("PS1003", 2, 9)], Load.Codes(result));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n")]
    public void EmptyDocument_PS1006(string text)
    {
        var result = Load.Text(text);

        // t.yaml: error PS1006: the file holds no topology
        var empty = Assert.Single(result.Diagnostics);
        Assert.Equal("PS1006", empty.Id);
        Assert.Equal((0, 0), (empty.Location.Line, empty.Location.Column));
        Assert.Equal("t.yaml: error PS1006: the file holds no topology", empty.ToString());
    }

    [Fact]
    public void RootIsAList_PS2002()
    {
        var result = Load.Text("- pathsim: 1\n");

        // t.yaml:1:1: error PS2002: 'the topology file' must be a mapping
        Assert.Equal([("PS2002", 1, 1)], Load.Codes(result));
    }

    [Fact]
    public void Ipv6Route_WarnsPS4003_AndTheTopologyStillLoads()
    {
        var result = Load.AfterHeader("""
            route_tables:
              - id: rtb-a
                vpc: vpc-a
                routes:
                  - { destination: "::/0", target: igw-a }
            internet_gateways:
              - { id: igw-a, vpc: vpc-a }
            """);

        // t.yaml:10:24: warning PS4003: IPv6 route ::/0 on 'rtb-a' is ignored (pathsim models IPv4)
        Assert.Equal([("PS4003", 10, 24)], Load.Codes(result));
        Assert.True(result.Succeeded);
        Assert.Empty(result.Topology.RouteTables[0].Routes);
    }

    [Fact]
    public void ManyErrors_InOneFile_AreAllReportedInLocationOrder()
    {
        var result = Load.Text("""
            pathsim: 1
            region: us-east-1
            vpcs:
              - id: vpc-a
                cidr: 10.0.0.0/16
                enable_dns_hostname: true
            subnets:
              - { id: subnet-a, vpc: vpc-a, cidr: 10.0.1.0/24, route_table: rtb-missing }
              - { id: subnet-b, vpc: vpc-a, cidr: 10.1.0.0/24 }
              - { id: subnet-c, vpc: vpc-a, cidr: 10.0.300.0/24 }
            security_groups:
              - id: sg-a
                vpc: vpc-a
                egress:
                  - { protocol: tcp, ports: 70000, destination: 0.0.0.0/0 }
            nat_gateways:
              - { id: nat-a, subnet: subnet-a, connectivity: publik }
            """);

        // t.yaml:6:5: error PS2001: unknown key 'enable_dns_hostname' in vpc 'vpc-a' (did you mean 'enable_dns_hostnames'?)
        // t.yaml:8:5: error PS3002: route table 'rtb-missing' does not exist
        // t.yaml:9:5: error PS3003: subnet 'subnet-b' (10.1.0.0/24) is not inside any CIDR of VPC 'vpc-a'
        // t.yaml:10:39: error PS2101: '10.0.300.0/24' is not a valid IPv4 CIDR block
        // t.yaml:15:33: error PS2103: '70000' is not a port (0-65535) or a range 'from-to'
        // t.yaml:17:50: error PS2105: 'publik' is not one of public, private
        Assert.Equal(
            [("PS2001", 6, 5), ("PS3002", 8, 5), ("PS3003", 9, 5), ("PS2101", 10, 39), ("PS2103", 15, 33), ("PS2105", 17, 50)],
            Load.Codes(result));
        Assert.Null(result.Topology);
    }

    [Fact]
    public void Region_Typo_IsPS2111AtTheValueWithTheClosestRegion()
    {
        // newuser-trial-3 #9: 'us-east1' used to load, and every flow was then unreachable NO_SERVICE_ADDRESSES.
        var result = Load.Text("""
            pathsim: 1
            region: us-east1
            """);

        // t.yaml:2:9: error PS2111: 'us-east1' is not an AWS region name (such as us-east-1) (did you mean us-east-1?)
        Assert.Equal(["t.yaml:2:9: error PS2111: 'us-east1' is not an AWS region name (such as us-east-1) (did you mean us-east-1?)"], Load.Rendered(result));
        Assert.Null(result.Topology);
    }

    [Fact]
    public void Region_ControlAndBidiCharacters_IsPS2111PrintedEscaped()
    {
        // newuser-trial-3 #11: a region with U+202E and ESC reached the terminal raw in check's table.
        var result = Load.Text("pathsim: 1\nregion: \"us-east-1\\u202e\\e[31m\"\n");

        // t.yaml:2:9: error PS2111: 'us-east-1\u202E\u001B[31m' is not an AWS region name (such as us-east-1)
        Assert.Equal("t.yaml:2:9: error PS2111: 'us-east-1\\u202E\\u001B[31m' is not an AWS region name (such as us-east-1)", string.Join("\n", Load.Rendered(result)));
    }

    [Fact]
    public void Region_WellFormedButUnknownIsWarningPS4007_MalformedIsPS2111()
    {
        // A region AWS opened after the built-in data (mx-central-1) still loads; 'mars' is no region prefix (two letters).
        var result = Load.AfterHeader("""
            s3_buckets:
              - { name: raw, region: mx-central-1 }
              - { name: lake, region: mars-north-9 }
            """);

        // t.yaml:7:26: warning PS4007: region 'mx-central-1' is not in pathsim's AWS address data (ip-ranges.json of 2022-06-12) (did you mean me-central-1?); its services have no known addresses unless the topology declares their prefix lists (com.amazonaws.REGION.SERVICE)
        // t.yaml:8:27: error PS2111: 'mars-north-9' is not an AWS region name (such as us-east-1)
        Assert.Equal(
            "t.yaml:7:26: warning PS4007: region 'mx-central-1' is not in pathsim's AWS address data (ip-ranges.json of 2022-06-12) (did you mean me-central-1?); its services have no known addresses unless the topology declares their prefix lists (com.amazonaws.REGION.SERVICE)\n" +
            "t.yaml:8:27: error PS2111: 'mars-north-9' is not an AWS region name (such as us-east-1)", string.Join("\n", Load.Rendered(result)));
    }

    [Fact]
    public void Region_InAnEndpointServiceName_IsCheckedToo()
    {
        var result = Load.AfterHeader("""
            vpc_endpoints:
              - { id: vpce-s3, vpc: vpc-a, service: com.amazonaws.us-east1.s3 }
            """);

        // t.yaml:7:41: error PS2111: 'us-east1' is not an AWS region name (such as us-east-1) (did you mean us-east-1?)
        Assert.Equal([("PS2111", 7, 41)], Load.Codes(result));
    }
}
