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
}
