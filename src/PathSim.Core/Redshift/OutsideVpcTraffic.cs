using PathSim.Traces;

namespace PathSim.Redshift;

/// <summary>
/// A flow that does not travel through the cluster's VPC (RS1 without EVR, RS5 for provisioned
/// Spectrum): it is not in VPC flow logs, is authorised by the cluster's IAM role, and carries no
/// aws:SourceVpce/aws:SourceVpc, so a bucket policy that admits only VPC endpoints denies it.
/// </summary>
public sealed record OutsideVpcTraffic
{
    public required RedshiftFlow Flow { get; init; }

    /// <summary>Why it skips the VPC: <c>EVR_DISABLED</c> or <c>SPECTRUM_OUTSIDE_VPC</c>.</summary>
    public required ExplanationCode Reason { get; init; }

    /// <summary>The bucket policy statement that denies it, when one does (e.g. an aws:SourceVpce restriction).</summary>
    public FlowBlocker? DeniedBy { get; init; }

    /// <summary>
    /// Where these requests can be audited, since VPC flow logs never see them: S3 object requests in
    /// CloudTrail data events and S3 server access logs; Glue Data Catalog and Athena API calls in
    /// CloudTrail management events (which S3 logs never hold).
    /// </summary>
    public IReadOnlyList<string> AuditWith => Flow.Service == "s3"
        ? ["cloudtrail-s3-data-events", "s3-server-access-logging"]
        : ["cloudtrail-management-events"];
}
