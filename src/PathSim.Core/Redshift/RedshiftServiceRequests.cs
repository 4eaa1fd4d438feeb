using System.Collections.Immutable;
using PathSim.Policies;
using PathSim.Topology;

namespace PathSim.Redshift;

/// <summary>
/// The requests each Redshift flow makes, so endpoint and bucket policies can be checked against all
/// of them (RS4: endpoint policies must allow every bucket used, manifests included — a manifest is
/// just another object, so s3:GetObject on <c>bucket/*</c> covers it).
///
/// Object requests name the resource <c>arn:aws:s3:::BUCKET/*</c>: the key is not in the topology, so
/// the literal <c>*</c> stands for "an object of the bucket" and only statements covering every key
/// of the bucket match it (assumption). A flow without a declared bucket uses the bucket name
/// <c>*</c>: only a policy that admits every bucket admits it (assumption).
/// </summary>
public static class RedshiftServiceRequests
{
    /// <summary>Assumption: the account used when neither the cluster's role nor the topology names one.</summary>
    public const string UnknownAccountId = "000000000000";

    /// <summary>The user agent Redshift Spectrum sends; the Spectrum page's example policies test it (RS5).</summary>
    public const string SpectrumUserAgent = "AWS Redshift/Spectrum";

    /// <summary>
    /// Assumption: AWS does not document the user agent of COPY/UNLOAD; pathsim uses this value. What
    /// matters for the documented policies is only that it is not <see cref="SpectrumUserAgent"/>.
    /// </summary>
    public const string ClusterUserAgent = "AWS Redshift";

    /// <summary>Stands for "some bucket" when a flow declares none.</summary>
    public const string AnyBucket = "*";

    /// <summary>
    /// The principal Redshift acts as: the cluster's first IAM role (COPY/UNLOAD name one role; pathsim
    /// takes the first). Assumption when the cluster has none, or its first role is not an IAM ARN:
    /// <c>arn:aws:iam::ACCOUNT:role/unknown</c>, with <paramref name="accountId"/> or <see cref="UnknownAccountId"/>.
    /// </summary>
    public static IamPrincipal Principal(RedshiftCluster cluster, string? accountId = null)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        if (!cluster.IamRoles.IsEmpty && IamPrincipal.TryFromArn(cluster.IamRoles[0], out var role)) return role;
        var account = accountId ?? UnknownAccountId;
        return new IamPrincipal($"arn:aws:iam::{account}:role/unknown", account);
    }

    /// <summary>The requests of <paramref name="flow"/>: <see cref="S3"/> for copy/unload/spectrum, <see cref="Catalog"/> for glue/athena.</summary>
    public static ImmutableArray<PolicyRequest> For(RedshiftFlow flow, IamPrincipal principal, string accountId, RequestContext arrival) =>
        flow.Kind.IsS3()
            ? S3(flow.Kind, flow.Bucket ?? AnyBucket, principal, arrival)
            : Catalog(flow.Kind, flow.Region, accountId, principal, arrival);

    /// <summary>
    /// The S3 requests of a COPY, UNLOAD or Spectrum flow against <paramref name="bucket"/>, carrying
    /// <paramref name="arrival"/> (from <see cref="S3RequestContext"/>) and the flow's user agent.
    /// copy: GetObject on objects (data and manifests) and ListBucket (prefix listing);
    /// unload: PutObject, ListBucket and GetBucketLocation; spectrum: GetObject and ListBucket.
    /// </summary>
    public static ImmutableArray<PolicyRequest> S3(RedshiftFlowKind flow, string bucket, IamPrincipal principal, RequestContext arrival)
    {
        ArgumentException.ThrowIfNullOrEmpty(bucket);
        var objects = $"arn:aws:s3:::{bucket}/*";
        var bucketArn = $"arn:aws:s3:::{bucket}";
        var context = arrival.With(ConditionKeys.UserAgent, UserAgent(flow));
        PolicyRequest R(string action, string resource) => new(principal, action, resource, context);
        return flow switch
        {
            RedshiftFlowKind.Copy => [R("s3:GetObject", objects), R("s3:ListBucket", bucketArn)],
            RedshiftFlowKind.Unload => [R("s3:PutObject", objects), R("s3:ListBucket", bucketArn), R("s3:GetBucketLocation", bucketArn)],
            RedshiftFlowKind.Spectrum => [R("s3:GetObject", objects), R("s3:ListBucket", bucketArn)],
            _ => throw new ArgumentOutOfRangeException(nameof(flow), flow, "not an S3 flow; use Catalog"),
        };
    }

    /// <summary>
    /// Spectrum's catalog requests in <paramref name="region"/> of <paramref name="accountId"/>.
    /// Glue: GetDatabase, GetTable, GetPartitions. Athena: athena:GetDataCatalog on the default
    /// <c>AwsDataCatalog</c> (pathsim's choice: the one call every Athena-catalog lookup needs).
    /// Assumption: database and table names are not in the topology, so Glue requests name the
    /// catalog ARN <c>arn:aws:glue:REGION:ACCOUNT:catalog</c> only.
    /// </summary>
    public static ImmutableArray<PolicyRequest> Catalog(RedshiftFlowKind catalog, string region, string accountId, IamPrincipal principal, RequestContext arrival)
    {
        ArgumentException.ThrowIfNullOrEmpty(region);
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        var context = arrival.With(ConditionKeys.UserAgent, UserAgent(catalog));
        PolicyRequest R(string action, string resource) => new(principal, action, resource, context);
        var glueCatalog = $"arn:aws:glue:{region}:{accountId}:catalog";
        return catalog switch
        {
            RedshiftFlowKind.Glue => [R("glue:GetDatabase", glueCatalog), R("glue:GetTable", glueCatalog), R("glue:GetPartitions", glueCatalog)],
            RedshiftFlowKind.Athena => [R("athena:GetDataCatalog", $"arn:aws:athena:{region}:{accountId}:datacatalog/AwsDataCatalog")],
            _ => throw new ArgumentOutOfRangeException(nameof(catalog), catalog, "not a catalog flow; use S3"),
        };
    }

    /// <summary>
    /// Spectrum's S3 reads send <see cref="SpectrumUserAgent"/> (RS5). Assumption: the catalog lookups,
    /// made for Spectrum queries, send it too; COPY and UNLOAD send <see cref="ClusterUserAgent"/>.
    /// </summary>
    public static string UserAgent(RedshiftFlowKind flow) => flow switch
    {
        RedshiftFlowKind.Copy or RedshiftFlowKind.Unload => ClusterUserAgent,
        RedshiftFlowKind.Spectrum or RedshiftFlowKind.Glue or RedshiftFlowKind.Athena => SpectrumUserAgent,
        _ => throw new ArgumentOutOfRangeException(nameof(flow), flow, null),
    };
}
