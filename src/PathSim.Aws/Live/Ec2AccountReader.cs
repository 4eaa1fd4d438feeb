using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon;
using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using PathSim.Aws.Snapshots;
using PathSim.Diagnostics;

namespace PathSim.Aws.Live;

/// <summary>
/// Reads one region of a live account through AWSSDK.EC2 (CLI.md, "Live EC2"): read-only Describe*
/// calls through the SDK's paginators, its credential chain and its retry and throttling handling. Each
/// answer is written as the JSON the CLI would print and read by the snapshot reader, so a live account
/// and a snapshot of it give the same topology. Never prints credentials.
/// </summary>
public static class Ec2AccountReader
{
    /// <summary>
    /// Every IAM action the live path calls — the whole read-only policy it needs (README, "Live EC2").
    /// ec2:GetManagedPrefixListEntries is the one non-Describe call: without it a customer-managed prefix list has no CIDRs.
    /// </summary>
    public static IReadOnlyList<string> IamActions { get; } =
    [
        "ec2:DescribeVpcs",
        "ec2:DescribeVpcAttribute",
        "ec2:DescribeSubnets",
        "ec2:DescribeRouteTables",
        "ec2:DescribeNetworkAcls",
        "ec2:DescribeSecurityGroups",
        "ec2:DescribeNetworkInterfaces",
        "ec2:DescribeInstances",
        "ec2:DescribeInternetGateways",
        "ec2:DescribeNatGateways",
        "ec2:DescribeVpcEndpoints",
        "ec2:DescribePrefixLists",
        "ec2:DescribeManagedPrefixLists",
        "ec2:GetManagedPrefixListEntries",
        "ec2:DescribeVpcPeeringConnections",
        "ec2:DescribeAddresses",
    ];

    internal const string NoCredentials =
        "the SDK's default chain (environment, shared config and credentials files, SSO, container or instance role) found none; configure one or pass --profile";

    public static async Task<AwsReadResult> ReadAsync(Ec2ReadOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var content = new SnapshotContent();
        string? region = options.Region ?? FallbackRegionFactory.GetRegionEndpoint()?.SystemName;
        var here = new SourceLocation("aws", 0, 0);
        if (region is null)
        {
            content.Report(DiagnosticDescriptors.AwsCallFailed, here, "choosing a region", "no region is configured; pass --region");
            return AwsSnapshotReader.Finish(content, "aws", AwsSnapshotReader.DefaultRegion);
        }

        var config = new AmazonEC2Config { RetryMode = RequestRetryMode.Standard, MaxErrorRetry = 5 };
        if (options.ServiceUrl is null) config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        else
        {
            config.ServiceURL = options.ServiceUrl;
            config.AuthenticationRegion = region;
        }

        AmazonEC2Client client;
        if (options.Profile is not null)
        {
            if (!new CredentialProfileStoreChain().TryGetAWSCredentials(options.Profile, out var credentials))
            {
                content.Report(DiagnosticDescriptors.AwsCredentialsMissing, here,
                    $"profile '{options.Profile}' is not in the shared config or credentials files (~/.aws/config, ~/.aws/credentials)");
                return AwsSnapshotReader.Finish(content, "aws", region);
            }
            client = new AmazonEC2Client(credentials, config);
        }
        else
        {
            try
            {
                client = new AmazonEC2Client(config);   // the SDK's default credential chain, resolved here
            }
            catch (AmazonClientException)
            {
                content.Report(DiagnosticDescriptors.AwsCredentialsMissing, here, NoCredentials);
                return AwsSnapshotReader.Finish(content, "aws", region);
            }
        }
        using (client)
            return await ReadAsync(client, region, options.VpcId, options.RedshiftFiles, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads through a client the caller made (tests point one at a local fake endpoint).</summary>
    public static async Task<AwsReadResult> ReadAsync(IAmazonEC2 client, string region, string? vpcId = null,
        IReadOnlyList<string>? redshiftFiles = null, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var session = new Ec2Session(client, region, vpcId, progress, cancellationToken);
        await session.ReadAllAsync().ConfigureAwait(false);
        foreach (var file in redshiftFiles ?? [])
            SnapshotFile.Read(file, region, null, session.Content);
        return AwsSnapshotReader.Finish(session.Content, vpcId is null ? $"aws:{region}" : $"aws:{region}:{vpcId}", region);
    }
}
