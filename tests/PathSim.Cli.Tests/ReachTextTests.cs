using Xunit;

namespace PathSim.Cli.Tests;

/// <summary>
/// <c>pathsim reach</c> text as a cloud engineer reads it, end to end over bundled topologies and real
/// describe-* snapshots: one line per kind of traffic (TCP/UDP and the port-less protocols joined back,
/// "all traffic except …" when shorter) with merged destination ranges, and other regions' public service
/// ranges shown with the internet they are part of.
/// </summary>
public sealed class ReachTextTests
{
    private static string Snapshot(string name) => Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "real-inputs", "batfish", name));

    private static string Reach(string topology, string from)
    {
        var result = CliRunner.Run("reach", topology, "--from", from);
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        return result.Output.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static void AssertSection(string output, params string[] lines) =>
        Assert.Contains(string.Join("\n", lines) + "\n", output);

    [Fact]
    public void Reach_HealthyPrivateEndpointsCluster_S3ThroughTheEndpointAndEgressOnly443()
    {
        var output = Reach(RepositoryPaths.Topology("healthy-private-endpoints.yaml"), "analytics");

        Assert.StartsWith("from eni-analytics-subnet-priv-a (10.0.1.5, subnet-priv-a, vpc-analytics): 14 outcome classes\n", output);
        // F4: the Amazon DNS server, instance metadata and Time Sync answer on the host, whatever the groups say (newuser-trial-3 #8).
        AssertSection(output,
            "  REACHED amazon-dns on the sender's host (not filtered by security groups or network ACLs, F4); reply returns",
            "      tcp:53, udp:53 -> 10.0.0.2, 169.254.169.253",
            "  REACHED instance-metadata on the sender's host (not filtered by security groups or network ACLs, F4); reply returns",
            "      tcp:80 -> 169.254.169.254",
            "  REACHED amazon-time-sync on the sender's host (not filtered by security groups or network ACLs, F4); reply returns",
            "      udp:123 -> 169.254.169.123",
            "  REACHED s3:us-east-1 via vpce-s3; reply returns",
            "      tcp:443 -> 3.5.0.0/19, 18.34.0.0/19, 18.34.232.0/21, 44.192.134.240/28, 44.192.140.64/28, 52.216.0.0/15,",
            "                 54.231.0.0/16",
            "  REACHED glue:us-east-1 via vpce-glue; reply returns",
            "      tcp:443 -> 10.0.1.4, 10.0.2.4",
            "  DROPPED at host-service amazon-dns NO_LISTENER",
            "      all traffic except tcp:53, udp:53 -> 10.0.0.2, 169.254.169.253");
        AssertSection(output,
            "  DROPPED at security-group sg-redshift ENI_SG_RULES_MISMATCH: egress: no rule of sg-redshift allows it",
            "      all traffic except tcp:443 -> 0.0.0.0-10.0.0.1, 10.0.0.3-169.254.169.122,",
            "                                    169.254.169.124-169.254.169.252, 169.254.169.255-255.255.255.255");
    }

    [Fact]
    public void Reach_PrivateNatGatewaySubnet_OtherRegionsShownWithTheInternet()
    {
        var output = Reach(RepositoryPaths.Topology("private-nat-gateway.yaml"), "subnet-priv-a");

        Assert.StartsWith("from eni-analytics-subnet-priv-a (10.0.1.4, subnet-priv-a, vpc-analytics): 79 outcome classes\n", output);
        AssertSection(output,
            "  REACHED the internet via nat-a; reply returns (with the public endpoints of dynamodb, s3 in 31 other regions)",
            "      tcp:443 -> 1.0.0.0-3.4.255.255, 3.5.32.0-3.218.179.255, 3.218.184.0-9.255.255.255,");
        AssertSection(output,
            "  REACHED s3:us-east-1 via nat-a; reply returns",
            "      tcp:443 -> 3.5.0.0/19, 18.34.0.0/19, 18.34.232.0/21, 44.192.134.240/28, 44.192.140.64/28, 52.216.0.0/15,",
            "                 54.231.0.0/16");
        // newuser-trial-3 #8: a NAT gateway's own address is not a service that accepts connections (G2).
        AssertSection(output,
            "  DROPPED at network-interface eni-nat-a-subnet-pub-a NO_LISTENER",
            "      tcp:443 -> 10.0.0.10");
        AssertSection(output,
            "  DROPPED at internet-gateway igw-main IGW_DESTINATION_NOT_PUBLIC (after nat-a)",
            "      tcp:443 -> 0.0.0.0/8, 10.1.0.0-10.255.255.255, 100.64.0.0/10, 127.0.0.0/8, 169.254.0.0-169.254.169.122,",
            "                 169.254.169.124-169.254.169.252, 169.254.169.255-169.254.255.255, 172.16.0.0/12,",
            "                 192.0.0.0/24, 192.168.0.0/16, 198.18.0.0/15, 224.0.0.0/3");
        Assert.DoesNotContain("REACHED s3:eu-west-1", output);
    }

    [Fact]
    public void Reach_PartialReplyAclSubnet_IntermittentRepliesAndTheAclDrop()
    {
        var output = Reach(RepositoryPaths.Topology("nacl-partial-reply-ports.yaml"), "subnet-priv-a");

        AssertSection(output,
            "  REACHED glue:us-east-1 via vpce-glue; reply INTERMITTENT at network-acl acl-cluster EPHEMERAL_PORTS_PARTIAL: ingress rules of acl-cluster admit only part of the reply ports",
            "      tcp:443 -> 10.0.100.4");
        AssertSection(output,
            "  DROPPED at network-acl acl-cluster SUBNET_ACL_RESTRICTION: ingress * deny all 0.0.0.0/0 (implicit)",
            "      tcp:443 -> 10.0.2.0/24");
    }

    [Fact]
    public void Reach_RealNatGatewaySnapshotInstance_ProtocolsJoinedAndNatRestrictionAsException()
    {
        var output = Reach(Snapshot("test-nat-gateway"), "i-0a128d26e59be60f3");

        AssertSection(output,
            "  DELIVERED to eni-0cbd69297d26de519; reply returns",
            "      icmp, tcp:22 -> 10.1.20.173");
        AssertSection(output,
            "  DROPPED at nat-gateway nat-07ab4846da51f4612 NAT_GATEWAY_PROTOCOL_RESTRICTION",
            "      all traffic except icmp, tcp, udp -> 0.0.0.0-10.0.255.255, 10.2.0.0-169.254.169.122,",
            "                                        169.254.169.124-169.254.169.252, 169.254.169.255-255.255.255.255");
        AssertSection(output,
            "  DROPPED at subnet subnet-06f469bcee42e408e NO_INTERFACE_AT_ADDRESS",
            "      all traffic -> 10.1.1.0-10.1.1.97, 10.1.1.99-10.1.1.255");
    }

    [Fact]
    public void Reach_RealNatGatewaySnapshot_FromTheNatGatewaysRealInterfaceId()
    {
        // newuser-trial-3 #15: the NAT gateway's interface kept its id from the snapshot (not eni-nat-…-subnet-…), so a flow-log id works.
        var output = Reach(Snapshot("test-nat-gateway"), "eni-017aaec115610308a");

        Assert.StartsWith("from eni-017aaec115610308a (10.1.250.210, subnet-0428892a357fa1f94, vpc-0008a7b45e3ddf1dd): ", output);
        Assert.DoesNotContain("eni-nat-07ab4846da51f4612", Reach(Snapshot("test-nat-gateway"), "i-0a128d26e59be60f3"));

        // export keeps it, and the exported file answers the same.
        var exported = Path.Combine(Path.GetTempPath(), $"pathsim-test-{Guid.NewGuid():N}.yaml");
        try
        {
            Assert.Equal(ExitCodes.Ok, CliRunner.Run("export", Snapshot("test-nat-gateway"), "-o", exported).ExitCode);
            Assert.Contains("network_interface: eni-017aaec115610308a", File.ReadAllText(exported));
            Assert.StartsWith("from eni-017aaec115610308a (10.1.250.210, ", Reach(exported, "eni-017aaec115610308a"));
        }
        finally
        {
            File.Delete(exported);
        }
    }

    [Fact]
    public void Reach_RealGatewayEndpointSnapshotPrivateSubnet_S3OnlyTcpAndIcmpThroughTheEndpoint()
    {
        var output = Reach(Snapshot("test-vpc-endpoint-gateway"), "subnet-01e5f0945f6d6f47c");

        AssertSection(output,
            "from eni-07c757c9635932972 (10.1.101.36, subnet-01e5f0945f6d6f47c, vpc-05d56c7295fca139b): 14 outcome classes",   // not the delivery to itself (trial-4 #14)
            "  REACHED amazon-dns on the sender's host (not filtered by security groups or network ACLs, F4); reply returns",
            "      tcp:53, udp:53 -> 10.1.0.2, 169.254.169.253");
        AssertSection(output,
            "  REACHED s3:us-east-1 via vpce-0b7357542bb7b83ec; reply returns",
            "      icmp, tcp -> 3.5.0.0-3.5.23.255, 52.216.0.0/15, 54.231.0.0/17");
        AssertSection(output,
            "  DROPPED at vpc-endpoint vpce-0b7357542bb7b83ec VPCE_GATEWAY_PROTOCOL_RESTRICTION",
            "      all traffic except icmp, tcp -> 3.5.0.0-3.5.23.255, 52.216.0.0/15, 54.231.0.0/17",
            "  DROPPED at security-group sg-0ba8692418a4ae00e ENI_SG_RULES_MISMATCH: ingress: no rule of sg-0ba8692418a4ae00e allows it",
            "      all traffic except icmp, tcp:22,443, udp:33434-33534 -> 10.1.1.169, 10.1.101.36");
    }
}
