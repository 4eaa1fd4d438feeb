using PathSim.Traces;
using Xunit;
using Xunit.Abstractions;
using static PathSim.Aws.Tests.EndToEnd.SnapshotTracing;

namespace PathSim.Aws.Tests.EndToEnd;

/// <summary>Batfish's real snapshots, loaded by the snapshot reader and traced end to end.</summary>
public sealed class RealSnapshotTraceTests(ITestOutputHelper output)
{
    private void Show(TraceResult r)
    {
        output.WriteLine($"{r.Verdict} via {r.Via} codes [{string.Join(", ", Codes(r))}]");
        output.WriteLine(string.Join(" | ", Path(r.Forward)));
        output.WriteLine(string.Join(" | ", Path(r.Return)));
    }

    // test-vpc-endpoint-gateway: vpc-05d56c7295fca139b; private subnet-01e5f0945f6d6f47c (local + pl-63a5400a -> vpce),
    // public subnet-04391f04b912d0a73 (0/0 -> igw, pl -> vpce).
    private static readonly string GatewaySnapshot = RealInputs.Batfish("test-vpc-endpoint-gateway");

    [Fact]
    public void GatewayEndpointSnapshot_PrivateInstanceToS3_ReachableThroughGatewayEndpoint()
    {
        var r = Trace(Load(GatewaySnapshot), "i-01c6c0647fdccc89e", "s3:us-east-1");
        Show(r);

        Assert.Equal(Verdict.Reachable, r.Verdict);
        Assert.Equal("vpce-0b7357542bb7b83ec", r.Via);
        Assert.Empty(Codes(r));
    }

    [Fact]
    public void GatewayEndpointSnapshot_PrivateInstanceToDynamoDbAddress_HasNoRoute()
    {
        // 52.94.0.10 is in us-east-1's DynamoDB list (pl-02cd2c6b), an AWS address outside S3; the private table routes only S3.
        var r = Trace(Load(GatewaySnapshot), "eni-07c757c9635932972", "52.94.0.10");
        Show(r);

        Assert.Equal(Verdict.Unreachable, r.Verdict);
        Assert.Equal(["NO_ROUTE_TO_DESTINATION"], Codes(r));
        Assert.Null(r.Via);
    }

    [Fact]
    public void GatewayEndpointSnapshot_PublicInstanceToInternet_ReachableThroughInternetGateway()
    {
        var r = Trace(Load(GatewaySnapshot), "i-0464d440ca0ee9e34", "8.8.8.8");
        Show(r);

        Assert.Equal(Verdict.Reachable, r.Verdict);
        Assert.Equal("igw-0c8afe4471084ccba", r.Via);
        Assert.Equal(Addressing.Ipv4Address.Parse("18.206.223.222"), r.PublicSource);
    }

    [Fact]
    public void NatGatewaySnapshot_PrivateInstanceToInternet_ReachableThroughNatThenInternetGateway()
    {
        // test-nat-gateway (files directly in the folder: us-west-2): i-0a128d26e59be60f3 in subnet-06f469bcee42e408e (0/0 -> nat).
        var r = Trace(Load(RealInputs.Batfish("test-nat-gateway")), "i-0a128d26e59be60f3", "8.8.8.8");
        Show(r);

        Assert.Equal(Verdict.Reachable, r.Verdict);
        Assert.Equal("nat-07ab4846da51f4612", r.Via);
        Assert.Contains("internet-gateway igw-071753b9c23d8a9b2", Path(r.Forward));
        Assert.Equal(Addressing.Ipv4Address.Parse("3.135.127.225"), r.PublicSource);   // the NAT gateway's Elastic IP
    }

    [Fact]
    public void InterfaceEndpointSnapshot_InstanceToEndpointInterface_Reachable()
    {
        // test-vpc-endpoint-interface: the CloudTrail endpoint's interface eni-0084b734451ba23ca (10.1.101.97) admits TCP 443.
        var r = Trace(Load(RealInputs.Batfish("test-vpc-endpoint-interface")), "i-0eb6eb395a0d09117", "eni-0084b734451ba23ca");
        Show(r);

        Assert.Equal(Verdict.Reachable, r.Verdict);
        Assert.Equal("eni-0084b734451ba23ca", r.Forward.DeliveredTo?.Value);
    }

    [Fact]
    public void PeeringSnapshot_InstanceToPeerInstance_ReachableAcrossPeeringConnection()
    {
        // test-vpc-peering: vpc-0404e08ceddf7f650 (10.10.0.0/16) peers with vpc-00a31ce9d0c06675c through pcx-0b89b559e3319d6cf;
        // the peer's group admits TCP 22.
        var r = Trace(Load(RealInputs.Batfish("test-vpc-peering")), "i-06ba034d88c84ef07", "i-0b14080af811fda3d", port: 22);
        Show(r);

        Assert.Equal(Verdict.Reachable, r.Verdict);
        Assert.Equal("pcx-0b89b559e3319d6cf", r.Via);
        Assert.Equal("eni-0024c0af5aa1387e5", r.Forward.DeliveredTo?.Value);
    }
}
