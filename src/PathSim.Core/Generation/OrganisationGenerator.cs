using System.Globalization;
using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Generation;

/// <summary>
/// Builds a realistic AWS organisation as a <see cref="NetworkTopology"/>, deterministically from a
/// seed, for benchmarks and for users who want to try pathsim at scale (<c>pathsim generate</c>).
/// </summary>
/// <remarks>
/// Shape: accounts of 20 VPCs; each VPC has 3 or 4 AZs with a public, a private and a data subnet,
/// a NAT gateway per AZ, an internet gateway, usually an S3 gateway and a Glue interface endpoint,
/// nine security groups referencing each other, a default and three custom NACLs with interleaved
/// allow and deny rules, and one Redshift cluster. VPCs form hub-and-spoke groups of 25 peered to
/// their hub, and the hubs are peered in a chain. About 10 subnets and 100 routes and rules per VPC.
/// Each VPC draws its choices from its own random stream, so VPC k is the same in every size that
/// contains it (apart from its peerings) and a seed gives the same output on any machine.
/// </remarks>
public static class OrganisationGenerator
{
    /// <summary>VPCs per hub-and-spoke group; the first VPC of each group is the hub.</summary>
    public const int PeeringGroupSize = 25;

    /// <summary>AWS's managed prefix list for S3 in us-east-1, with the ranges ip-ranges.json publishes.</summary>
    private static readonly PrefixList S3PrefixListTemplate = new()
    {
        Id = new PrefixListId("pl-63a5400a"),
        Name = "",
        Cidrs = new[] { "3.5.0.0/19", "18.34.0.0/19", "18.34.232.0/21", "52.216.0.0/15", "54.231.0.0/16" }.Select(Ipv4Prefix.Parse).ToValueArray(),
    };

    public static NetworkTopology Generate(OrganisationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.VpcCount is < 1 or > OrganisationSize.MaxVpcs)
            throw new ArgumentOutOfRangeException(nameof(options), options.VpcCount, $"VpcCount must be 1 to {OrganisationSize.MaxVpcs}.");

        var output = new OrganisationResources();
        var s3PrefixList = S3PrefixListTemplate with { Name = AwsServiceName.Format(options.Region, "s3") };
        output.PrefixLists.Add(s3PrefixList);

        int width = Math.Max(4, (options.VpcCount - 1).ToString(CultureInfo.InvariantCulture).Length);
        var peerings = PlanPeerings(options, width);
        var peeringsByVpc = new List<PeeringLink>[options.VpcCount];
        for (int i = 0; i < options.VpcCount; i++) peeringsByVpc[i] = [];
        foreach (var link in peerings)
        {
            peeringsByVpc[link.Requester].Add(link);
            peeringsByVpc[link.Accepter].Add(link);
        }

        var s3EndpointsByAccount = new Dictionary<int, List<VpcEndpointId>>();
        for (int i = 0; i < options.VpcCount; i++)
        {
            var account = AccountPlan.ForVpc(i);
            var emitter = new VpcEmitter(options, output, i, Number(i, width),
                new VpcBlueprint(SplitMix64.ForStream(options.Seed, i)), account, peeringsByVpc[i], s3PrefixList.Id);
            emitter.Emit();
            if (!s3EndpointsByAccount.TryGetValue(account.Index, out var endpoints))
                s3EndpointsByAccount[account.Index] = endpoints = [];
            if (emitter.S3EndpointId is { } endpoint) endpoints.Add(endpoint);
        }

        foreach (var link in peerings)
            output.VpcPeeringConnections.Add(new VpcPeeringConnection
            {
                Id = link.Id,
                RequesterVpc = new VpcId($"vpc-{Number(link.Requester, width)}"),
                AccepterVpc = new VpcId($"vpc-{Number(link.Accepter, width)}"),
                IsActive = link.IsActive,
            });

        foreach (var (accountIndex, endpoints) in s3EndpointsByAccount)
            EmitBuckets(options, output, AccountPlan.ForVpc(accountIndex * AccountPlan.VpcsPerAccount), endpoints);

        return output.ToTopology(options.Region, AccountPlan.ForVpc(0).Id,
            $"generated organisation ({options.VpcCount} VPCs, seed {options.Seed.ToString(CultureInfo.InvariantCulture)})");
    }

    private static string Number(int index, int width) => index.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');

    /// <summary>Spokes peer with their group's hub; hubs peer with the next hub. About 3% are never accepted (G3).</summary>
    private static List<PeeringLink> PlanPeerings(OrganisationOptions options, int width)
    {
        var links = new List<PeeringLink>();
        void Link(int a, int b)
        {
            bool active = new SplitMix64((ulong)options.Seed * 0x9E3779B97F4A7C15UL ^ ((ulong)a << 32 | (uint)b)).NextUInt64() % 100 >= 3;
            links.Add(new PeeringLink(new VpcPeeringConnectionId($"pcx-{Number(a, width)}-{Number(b, width)}"), a, b, active));
        }
        for (int i = 0; i < options.VpcCount; i++)
        {
            int hub = i / PeeringGroupSize * PeeringGroupSize;
            if (i != hub) Link(hub, i);
            else if (i + PeeringGroupSize < options.VpcCount) Link(i, i + PeeringGroupSize);
        }
        return links;
    }

    private static void EmitBuckets(OrganisationOptions options, OrganisationResources output, AccountPlan account, List<VpcEndpointId> s3Endpoints)
    {
        output.S3Buckets.Add(new S3Bucket { Name = account.RawEventsBucket, Region = options.Region });
        output.S3Buckets.Add(new S3Bucket { Name = account.ExportsBucket, Region = options.Region });
        output.S3Buckets.Add(new S3Bucket { Name = account.DisasterRecoveryExportsBucket, Region = options.OtherRegion });
        output.S3Buckets.Add(new S3Bucket
        {
            Name = account.LakeBucket,
            Region = options.Region,
            Policy = account.LakeRestrictedToEndpoints && s3Endpoints.Count > 0
                ? new PolicyText(EndpointOnlyBucketPolicy(account, s3Endpoints), SourceLocation.None)
                : null,
        });
    }

    /// <summary>Denies every request that does not come through one of the account's S3 endpoints (E4; denies Spectrum, RS5).</summary>
    private static string EndpointOnlyBucketPolicy(AccountPlan account, List<VpcEndpointId> endpoints)
    {
        var bucket = $"arn:aws:s3:::{account.LakeBucket}";
        var ids = string.Join(",", endpoints.Select(e => $"\"{e.Value}\""));
        return "{\"Version\":\"2012-10-17\",\"Statement\":["
            + $"{{\"Sid\":\"AccountAccess\",\"Effect\":\"Allow\",\"Principal\":{{\"AWS\":\"arn:aws:iam::{account.Id}:root\"}},\"Action\":[\"s3:GetObject\",\"s3:ListBucket\"],\"Resource\":[\"{bucket}\",\"{bucket}/*\"]}},"
            + $"{{\"Sid\":\"OnlyThroughOurEndpoints\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":[\"{bucket}\",\"{bucket}/*\"],\"Condition\":{{\"StringNotEquals\":{{\"aws:SourceVpce\":[{ids}]}}}}}}"
            + "]}";
    }
}
