using System.Collections.Immutable;
using PathSim.Topology;

namespace PathSim.Policies;

/// <summary>
/// The requests each Redshift flow makes, so endpoint and bucket policies can be checked against all
/// of them (RS4: endpoint policies must allow every bucket used, manifests included — a manifest is
/// just another object, so s3:GetObject on <c>bucket/*</c> covers it).
///
/// Object requests name the resource <c>arn:aws:s3:::BUCKET/*</c>: the key is not in the topology, so
/// the literal <c>*</c> stands for "an object of the bucket" and only statements covering every key
/// of the bucket match it (assumption).
/// </summary>
public static class RedshiftServiceRequests
{
    /// <summary>Assumption: the account used when the cluster has no IAM role to read one from.</summary>
    public const string UnknownAccountId = "000000000000";

    /// <summary>The user agent Redshift Spectrum sends; the Spectrum page's example policies test it (RS5).</summary>
    public const string SpectrumUserAgent = "AWS Redshift/Spectrum";

    /// <summary>
    /// Assumption: AWS does not document the user agent of COPY/UNLOAD; pathsim uses this value. What
    /// matters for the documented policies is only that it is not <see cref="SpectrumUserAgent"/>.
    /// </summary>
    public const string ClusterUserAgent = "AWS Redshift";

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
    /// A Hive metastore is the user's own and makes no AWS request: the result is empty.
    /// </summary>
    public static ImmutableArray<PolicyRequest> Catalog(DataCatalog catalog, string region, string accountId, IamPrincipal principal, RequestContext arrival)
    {
        ArgumentException.ThrowIfNullOrEmpty(region);
        ArgumentException.ThrowIfNullOrEmpty(accountId);
        var context = arrival.With(ConditionKeys.UserAgent, UserAgent(RedshiftFlowKind.GlueCatalog));
        PolicyRequest R(string action, string resource) => new(principal, action, resource, context);
        var glueCatalog = $"arn:aws:glue:{region}:{accountId}:catalog";
        return catalog switch
        {
            DataCatalog.Glue => [R("glue:GetDatabase", glueCatalog), R("glue:GetTable", glueCatalog), R("glue:GetPartitions", glueCatalog)],
            DataCatalog.Athena => [R("athena:GetDataCatalog", $"arn:aws:athena:{region}:{accountId}:datacatalog/AwsDataCatalog")],
            DataCatalog.Hive => [],
            _ => throw new ArgumentOutOfRangeException(nameof(catalog), catalog, null),
        };
    }

    /// <summary>
    /// Spectrum's S3 reads send <see cref="SpectrumUserAgent"/> (RS5). Assumption: the catalog lookups,
    /// made for Spectrum queries, send it too; COPY and UNLOAD send <see cref="ClusterUserAgent"/>.
    /// </summary>
    public static string UserAgent(RedshiftFlowKind flow) => flow switch
    {
        RedshiftFlowKind.Copy or RedshiftFlowKind.Unload => ClusterUserAgent,
        RedshiftFlowKind.Spectrum or RedshiftFlowKind.GlueCatalog or RedshiftFlowKind.AthenaCatalog => SpectrumUserAgent,
        _ => throw new ArgumentOutOfRangeException(nameof(flow), flow, null),
    };
}
