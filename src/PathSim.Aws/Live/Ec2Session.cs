using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;
using PathSim.Aws.Snapshots;
using PathSim.Diagnostics;

namespace PathSim.Aws.Live;

/// <summary>
/// One live read: the calls in order, each answer handed to <see cref="DescribeOutputReader"/> under the
/// key the CLI prints. A denied call is reported with its action (PS6002) and the others still run, so one
/// run lists every permission missing; missing credentials (PS6001) stop the read.
/// </summary>
internal sealed class Ec2Session(IAmazonEC2 client, string region, string? vpcId, IProgress<string>? progress, CancellationToken cancellationToken)
{
    private bool _stopped;

    public SnapshotContent Content { get; } = new();

    public async Task ReadAllAsync()
    {
        var vpcIds = new List<string>();
        await ReadAsync("DescribeVpcs", "Vpcs",
            client.Paginators.DescribeVpcs(new DescribeVpcsRequest { Filters = VpcFilter("vpc-id") }).Vpcs,
            v => { vpcIds.Add(v.VpcId); return SdkDescribeOutput.Vpc(v); });
        foreach (var id in vpcIds) await ReadVpcAttributesAsync(id);

        await ReadAsync("DescribeSubnets", "Subnets",
            client.Paginators.DescribeSubnets(new DescribeSubnetsRequest { Filters = VpcFilter("vpc-id") }).Subnets, SdkDescribeOutput.Subnet);
        await ReadAsync("DescribeRouteTables", "RouteTables",
            client.Paginators.DescribeRouteTables(new DescribeRouteTablesRequest { Filters = VpcFilter("vpc-id") }).RouteTables, SdkDescribeOutput.RouteTable);
        await ReadAsync("DescribeNetworkAcls", "NetworkAcls",
            client.Paginators.DescribeNetworkAcls(new DescribeNetworkAclsRequest { Filters = VpcFilter("vpc-id") }).NetworkAcls, SdkDescribeOutput.NetworkAcl);
        await ReadAsync("DescribeSecurityGroups", "SecurityGroups",
            client.Paginators.DescribeSecurityGroups(new DescribeSecurityGroupsRequest { Filters = VpcFilter("vpc-id") }).SecurityGroups, SdkDescribeOutput.SecurityGroup);
        await ReadAsync("DescribeNetworkInterfaces", "NetworkInterfaces",
            client.Paginators.DescribeNetworkInterfaces(new DescribeNetworkInterfacesRequest { Filters = VpcFilter("vpc-id") }).NetworkInterfaces, SdkDescribeOutput.NetworkInterface);
        await ReadAsync("DescribeInstances", "Reservations",
            client.Paginators.DescribeInstances(new DescribeInstancesRequest { Filters = VpcFilter("vpc-id") }).Reservations, SdkDescribeOutput.Reservation);
        await ReadAsync("DescribeInternetGateways", "InternetGateways",
            client.Paginators.DescribeInternetGateways(new DescribeInternetGatewaysRequest { Filters = VpcFilter("attachment.vpc-id") }).InternetGateways, SdkDescribeOutput.InternetGateway);
        await ReadAsync("DescribeNatGateways", "NatGateways",
            client.Paginators.DescribeNatGateways(new DescribeNatGatewaysRequest { Filter = VpcFilter("vpc-id") }).NatGateways, SdkDescribeOutput.NatGateway);
        await ReadAsync("DescribeVpcEndpoints", "VpcEndpoints",
            client.Paginators.DescribeVpcEndpoints(new DescribeVpcEndpointsRequest { Filters = VpcFilter("vpc-id") }).VpcEndpoints, SdkDescribeOutput.VpcEndpoint);
        await ReadAsync("DescribePrefixLists", "PrefixLists",
            client.Paginators.DescribePrefixLists(new DescribePrefixListsRequest()).PrefixLists, SdkDescribeOutput.PrefixList);
        await ReadManagedPrefixListsAsync();
        await ReadPeeringConnectionsAsync();
        await ReadAddressesAsync();
    }

    /// <summary>With <c>--vpc</c>, the server-side filter that keeps one VPC's resources; else none.</summary>
    private List<Filter>? VpcFilter(string name) => vpcId is null ? null : [new Filter { Name = name, Values = [vpcId] }];

    private async Task ReadAsync<T>(string action, string key, IAsyncEnumerable<T> items, Func<T, JsonObject> map)
    {
        var list = new List<JsonObject>();
        bool ok = await CallAsync(action, async () =>
        {
            await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
                list.Add(map(item));
        });
        if (ok) Hand(action, key, list);
    }

    /// <summary>describe-vpc-attribute answers one attribute per call; DNS support and hostnames decide E2 and RS3.</summary>
    private async Task ReadVpcAttributesAsync(string id)
    {
        bool? support = null, hostnames = null;
        bool ok = await CallAsync("DescribeVpcAttribute", async () =>
        {
            support = (await client.DescribeVpcAttributeAsync(new DescribeVpcAttributeRequest { VpcId = id, Attribute = VpcAttributeName.EnableDnsSupport }, cancellationToken).ConfigureAwait(false)).EnableDnsSupport;
            hostnames = (await client.DescribeVpcAttributeAsync(new DescribeVpcAttributeRequest { VpcId = id, Attribute = VpcAttributeName.EnableDnsHostnames }, cancellationToken).ConfigureAwait(false)).EnableDnsHostnames;
        }, quiet: true);
        if (ok) DescribeOutputReader.Read(ToElement(SdkDescribeOutput.VpcAttributes(id, support, hostnames)), Source("DescribeVpcAttribute"), Content);
    }

    /// <summary>Customer-managed lists come without their CIDRs; get-managed-prefix-list-entries fetches them (AWS-managed lists are in describe-prefix-lists).</summary>
    private async Task ReadManagedPrefixListsAsync()
    {
        var lists = new List<ManagedPrefixList>();
        if (!await CallAsync("DescribeManagedPrefixLists", async () =>
            {
                await foreach (var list in client.Paginators.DescribeManagedPrefixLists(new DescribeManagedPrefixListsRequest()).PrefixLists
                                   .WithCancellation(cancellationToken).ConfigureAwait(false))
                    lists.Add(list);
            }))
            return;
        var documents = new List<JsonObject>();
        foreach (var list in lists)
        {
            List<PrefixListEntry>? entries = null;
            if (list.OwnerId != "AWS" && list.AddressFamily != "IPv6")
            {
                var fetched = new List<PrefixListEntry>();
                if (await CallAsync("GetManagedPrefixListEntries", async () =>
                    {
                        await foreach (var entry in client.Paginators.GetManagedPrefixListEntries(new GetManagedPrefixListEntriesRequest { PrefixListId = list.PrefixListId }).Entries
                                           .WithCancellation(cancellationToken).ConfigureAwait(false))
                            fetched.Add(entry);
                    }, quiet: true))
                    entries = fetched;
            }
            documents.Add(SdkDescribeOutput.ManagedPrefixList(list, entries));
        }
        Hand("DescribeManagedPrefixLists", "ManagedPrefixLists", documents);
    }

    /// <summary>With <c>--vpc</c>, the connections where the VPC is either side (two filtered calls, merged).</summary>
    private async Task ReadPeeringConnectionsAsync()
    {
        var filters = vpcId is null
            ? new List<List<Filter>?> { null }
            : [[new Filter { Name = "requester-vpc-info.vpc-id", Values = [vpcId] }], [new Filter { Name = "accepter-vpc-info.vpc-id", Values = [vpcId] }]];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var documents = new List<JsonObject>();
        foreach (var filter in filters)
        {
            if (!await CallAsync("DescribeVpcPeeringConnections", async () =>
                {
                    await foreach (var p in client.Paginators.DescribeVpcPeeringConnections(new DescribeVpcPeeringConnectionsRequest { Filters = filter }).VpcPeeringConnections
                                       .WithCancellation(cancellationToken).ConfigureAwait(false))
                        if (seen.Add(p.VpcPeeringConnectionId)) documents.Add(SdkDescribeOutput.VpcPeeringConnection(p));
                }))
                return;
        }
        Hand("DescribeVpcPeeringConnections", "VpcPeeringConnections", documents);
    }

    /// <summary>describe-addresses has no pagination: one call returns every Elastic IP of the region.</summary>
    private async Task ReadAddressesAsync()
    {
        var documents = new List<JsonObject>();
        if (await CallAsync("DescribeAddresses", async () =>
            {
                var response = await client.DescribeAddressesAsync(new DescribeAddressesRequest(), cancellationToken).ConfigureAwait(false);
                documents.AddRange((response.Addresses ?? []).Select(SdkDescribeOutput.Address));
            }))
            Hand("DescribeAddresses", "Addresses", documents);
    }

    private void Hand(string action, string key, List<JsonObject> items)
    {
        progress?.Report($"ec2:{action}: {items.Count} {key}");
        var document = new JsonObject { [key] = new JsonArray([.. items]) };
        DescribeOutputReader.Read(ToElement(document), Source(action), Content);
    }

    private DescribeSource Source(string action) => new($"ec2:{action}", region, null, IsLive: true);

    private static JsonElement ToElement(JsonObject document) => JsonSerializer.SerializeToElement(document);

    /// <summary>
    /// Runs one call (all its pages) and turns AWS's refusals into diagnostics. Throttling never gets here:
    /// the SDK retries RequestLimitExceeded and Throttling itself (standard retry mode).
    /// </summary>
    private async Task<bool> CallAsync(string action, Func<Task> call, bool quiet = false)
    {
        if (_stopped) return false;
        if (!quiet) progress?.Report($"ec2:{action} …");
        var location = new SourceLocation($"ec2:{action}", 0, 0);
        try
        {
            await call().ConfigureAwait(false);
            return true;
        }
        catch (AmazonServiceException e) when (e.ErrorCode is "UnauthorizedOperation" or "AccessDenied" or "AccessDeniedException")
        {
            Content.Report(DiagnosticDescriptors.AwsAccessDenied, location, $"ec2:{action}", FirstLine(e.Message));
        }
        catch (AmazonServiceException e) when (e.ErrorCode is "AuthFailure" or "InvalidClientTokenId" or "UnrecognizedClientException"
                                                   or "SignatureDoesNotMatch" or "ExpiredToken" or "RequestExpired")
        {
            Content.Report(DiagnosticDescriptors.AwsCredentialsMissing, location, $"AWS rejected the credentials ({e.ErrorCode}): {FirstLine(e.Message)}");
            _stopped = true;
        }
        catch (AmazonServiceException e)
        {
            Content.Report(DiagnosticDescriptors.AwsCallFailed, location, $"ec2:{action}", $"{e.ErrorCode ?? e.StatusCode.ToString()}: {FirstLine(e.Message)}");
        }
        catch (AmazonClientException e) when (e.Message.Contains("credential", StringComparison.OrdinalIgnoreCase))
        {
            Content.Report(DiagnosticDescriptors.AwsCredentialsMissing, location, Ec2AccountReader.NoCredentials);
            _stopped = true;
        }
        catch (Exception e) when (e is AmazonClientException or HttpRequestException or TimeoutException
                                      || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            Content.Report(DiagnosticDescriptors.AwsCallFailed, location, $"ec2:{action}", FirstLine(e.Message));
            _stopped = true;   // the endpoint is unreachable: every further call would fail the same way
        }
        return false;
    }

    private static string FirstLine(string message)
    {
        int newline = message.IndexOf('\n');
        return (newline < 0 ? message : message[..newline]).Trim();
    }
}
