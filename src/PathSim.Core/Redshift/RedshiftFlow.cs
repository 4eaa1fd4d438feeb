namespace PathSim.Redshift;

/// <summary>
/// One thing a cluster does: a flow kind against a service in a region, and for S3 the bucket when
/// one is declared. <see cref="Target"/> is the wire form: <c>s3:BUCKET</c>, <c>s3:REGION</c>,
/// <c>glue:REGION</c> or <c>athena:REGION</c>.
/// </summary>
public sealed record RedshiftFlow
{
    public required RedshiftFlowKind Kind { get; init; }

    /// <summary>The service's short name as in <c>com.amazonaws.REGION.NAME</c>: s3, glue or athena.</summary>
    public required string Service { get; init; }

    /// <summary>The region whose service endpoint the flow talks to (the bucket's region for S3).</summary>
    public required string Region { get; init; }

    /// <summary>The bucket name, or null when the cluster declares no buckets (S3 of its region).</summary>
    public string? Bucket { get; init; }

    public string Target => Bucket is null ? $"{Service}:{Region}" : $"{Service}:{Bucket}";

    public override string ToString() => $"{Kind.ToWireName()} {Target}";
}
