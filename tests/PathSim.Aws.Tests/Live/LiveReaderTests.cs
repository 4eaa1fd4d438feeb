using Amazon.EC2;
using Amazon.Runtime;
using PathSim.Aws.Live;
using PathSim.Topology;
using Xunit;

namespace PathSim.Aws.Tests.Live;

public sealed class LiveReaderTests
{
    public static TheoryData<string, string> SingleRegionSnapshots => new()
    {
        { "test-vpc-endpoint-gateway", "us-east-1" },
        { "test-vpc-endpoint-interface", "us-east-1" },
        { "test-nat-gateway", "us-west-2" },
        { "test-vpc-peering", "us-west-2" },
        { "test-public-subnet", "us-west-2" },
        { "hybrid-cloud-aws", "us-west-2" },
    };

    private static string RegionDirectory(string snapshot, string region)
    {
        var root = RealInputs.Batfish(snapshot);
        var regional = Path.Combine(root, region);
        return Directory.Exists(regional) ? regional : root;
    }

    internal static AmazonEC2Client Client(FakeEc2Endpoint endpoint, string region, int retries = 0) =>
        new(new BasicAWSCredentials("AKIDFAKE", "fake-secret"), new AmazonEC2Config
        {
            ServiceURL = endpoint.Url,
            AuthenticationRegion = region,
            MaxErrorRetry = retries,
            RetryMode = RequestRetryMode.Standard,
            Timeout = TimeSpan.FromSeconds(10),
        });

    [Theory]
    [MemberData(nameof(SingleRegionSnapshots))]
    public async Task LiveRead_OfSnapshotResources_EqualsJsonRead(string snapshot, string region)
    {
        var directory = RegionDirectory(snapshot, region);
        var fake = new SnapshotBackedEc2(directory);
        using var endpoint = new FakeEc2Endpoint(fake.Handle);
        using var client = Client(endpoint, region);

        var live = await Ec2AccountReader.ReadAsync(client, region);
        var json = AwsSnapshotReader.ReadDirectory(RealInputs.Batfish(snapshot));

        Assert.Empty(live.Diagnostics.Where(d => d.IsError));
        Assert.Equal(TopologyLocations.Strip(json.Topology), TopologyLocations.Strip(live.Topology));
        Assert.NotEmpty(live.Topology.Subnets);
        Assert.NotEmpty(live.Topology.RouteTables.SelectMany(t => t.Routes));
        Assert.NotEmpty(live.Topology.SecurityGroups.SelectMany(g => g.Egress));
        // Only the documented read-only actions were called (README's IAM policy).
        Assert.All(endpoint.Requests, r => Assert.Contains("ec2:" + r.Action, Ec2AccountReader.IamActions));
    }

    [Fact]
    public async Task LiveRead_FollowsNextToken_AcrossPages()
    {
        var fake = new SnapshotBackedEc2(RegionDirectory("hybrid-cloud-aws", "us-west-2")) { PageSize = 1 };
        using var endpoint = new FakeEc2Endpoint(fake.Handle);
        using var client = Client(endpoint, "us-west-2");

        var live = await Ec2AccountReader.ReadAsync(client, "us-west-2");

        var subnetCalls = endpoint.Requests.Where(r => r.Action == "DescribeSubnets").ToList();
        Assert.Equal(live.Topology.Subnets.Count, subnetCalls.Count);   // one page per subnet; the last has no nextToken
        Assert.Null(subnetCalls[0].Form["NextToken"]);
        Assert.Equal("1", subnetCalls[1].Form["NextToken"]);
        Assert.Equal(AwsSnapshotReader.ReadDirectory(RealInputs.Batfish("hybrid-cloud-aws")).Topology.Subnets.Count, live.Topology.Subnets.Count);
    }
}
