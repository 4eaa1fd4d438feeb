using System.Collections.Specialized;
using PathSim.Aws.Live;
using Xunit;

namespace PathSim.Aws.Tests.Live;

public sealed class LiveReaderErrorTests
{
    private static SnapshotBackedEc2 GatewaySnapshot() =>
        new(Path.Combine(RealInputs.Batfish("test-vpc-endpoint-gateway"), "us-east-1"));

    [Theory]
    [InlineData(503, "RequestLimitExceeded")]
    [InlineData(503, "Throttling")]
    [InlineData(400, "Throttling")]
    public async Task ThrottledCall_IsRetriedBySdk_AndReadCompletes(int status, string code)
    {
        var fake = GatewaySnapshot();
        fake.Failures["DescribeSubnets"] = (2, status, code);
        using var endpoint = new FakeEc2Endpoint(fake.Handle);
        using var client = LiveReaderTests.Client(endpoint, "us-east-1", retries: 4);

        var live = await Ec2AccountReader.ReadAsync(client, "us-east-1");

        Assert.Empty(live.Diagnostics.Where(d => d.IsError));
        Assert.Equal(2, live.Topology.Subnets.Count);
        Assert.Equal(3, endpoint.Requests.Count(r => r.Action == "DescribeSubnets"));   // two throttled, then the answer
    }

    [Fact]
    public async Task UnauthorizedOperation_NamesTheAction_OtherCallsStillRun()
    {
        var fake = GatewaySnapshot();
        fake.Failures["DescribeVpcEndpoints"] = (int.MaxValue, 403, "UnauthorizedOperation");
        using var endpoint = new FakeEc2Endpoint(fake.Handle);
        using var client = LiveReaderTests.Client(endpoint, "us-east-1");

        var live = await Ec2AccountReader.ReadAsync(client, "us-east-1");

        // ec2:DescribeVpcEndpoints: error PS6002: AWS denied ec2:DescribeVpcEndpoints: fake UnauthorizedOperation for DescribeVpcEndpoints
        var error = Assert.Single(live.Diagnostics, d => d.IsError);
        Assert.Equal("PS6002", error.Id);
        Assert.Equal("ec2:DescribeVpcEndpoints", error.Location.File);
        Assert.Equal("AWS denied ec2:DescribeVpcEndpoints: fake UnauthorizedOperation for DescribeVpcEndpoints", error.Message);
        Assert.Equal(2, live.Topology.Subnets.Count);
        Assert.Empty(live.Topology.VpcEndpoints);
    }

    [Fact]
    public async Task RejectedCredentials_ReportPS6001_AndStop()
    {
        var fake = GatewaySnapshot();
        fake.Failures["DescribeVpcs"] = (int.MaxValue, 401, "AuthFailure");
        using var endpoint = new FakeEc2Endpoint(fake.Handle);
        using var client = LiveReaderTests.Client(endpoint, "us-east-1");

        var live = await Ec2AccountReader.ReadAsync(client, "us-east-1");

        var error = Assert.Single(live.Diagnostics, d => d.IsError);
        Assert.Equal("PS6001", error.Id);
        Assert.Single(endpoint.Requests);   // nothing more is asked with credentials AWS refused
        Assert.DoesNotContain("fake-secret", error.Message);
    }

    [Fact]
    public async Task UnknownProfile_ReportsPS6001_WithoutCallingAws()
    {
        using var endpoint = new FakeEc2Endpoint((_, _) => (500, ""));

        var live = await Ec2AccountReader.ReadAsync(new Ec2ReadOptions { Region = "us-east-1", Profile = "pathsim-test-no-such-profile", ServiceUrl = endpoint.Url });

        var error = Assert.Single(live.Diagnostics);
        Assert.Equal("PS6001", error.Id);
        Assert.Contains("pathsim-test-no-such-profile", error.Message);
        Assert.Empty(endpoint.Requests);
    }

    /// <summary>The EC2 API Reference's own sample responses, served verbatim for their actions (empty answers for the rest).</summary>
    private static (int, string) ServeSamples(string action, NameValueCollection form)
    {
        var sample = RealInputs.Ec2ApiSample(action);
        if (File.Exists(sample)) return (200, File.ReadAllText(sample));
        if (action == "DescribeVpcAttribute") return (200, DescribeXml.VpcAttribute(form["VpcId"]!, form["Attribute"]!, true));
        return (200, DescribeXml.Response(action, [], null));
    }

    [Fact]
    public async Task ApiReferenceSamples_Parse_InvalidPrefixListCidrIsAClearError()
    {
        using var endpoint = new FakeEc2Endpoint(ServeSamples);
        using var client = LiveReaderTests.Client(endpoint, "us-east-1");

        var live = await Ec2AccountReader.ReadAsync(client, "us-east-1");

        // ec2:DescribePrefixLists: error PS6101: '54.123.456.7/19' is not a valid IPv4 CIDR block at JSON path $.PrefixLists[0].Cidrs[0]
        var error = Assert.Single(live.Diagnostics, d => d.IsError);
        Assert.Equal("PS6101", error.Id);
        Assert.Equal("ec2:DescribePrefixLists", error.Location.File);
        Assert.Equal("'54.123.456.7/19' is not a valid IPv4 CIDR block at JSON path $.PrefixLists[0].Cidrs[0]", error.Message);

        var topology = live.Topology;
        Assert.Equal(3, topology.Vpcs.Count);
        Assert.Equal(2, topology.Subnets.Count);
        Assert.Equal(["igw-036dde5c85EXAMPLE", "igw-0EXAMPLE"], topology.InternetGateways.Select(g => g.Id.Value));
        Assert.Single(topology.NatGateways);
        Assert.Equal(2, topology.NetworkInterfaces.Count);
        Assert.Equal(2, topology.NetworkAcls.Count);
        Assert.Contains(topology.PrefixLists, p => p.Id.Value == "pl-0123123123123aabb");   // customer-managed; entries asked for
        Assert.Contains(endpoint.Requests, r => r.Action == "GetManagedPrefixListEntries" && r.Form["PrefixListId"] == "pl-0123123123123aabb");
    }
}
