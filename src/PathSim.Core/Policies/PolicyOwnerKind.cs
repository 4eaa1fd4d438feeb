namespace PathSim.Policies;

/// <summary>What a policy is attached to.</summary>
public enum PolicyOwnerKind
{
    /// <summary>A VPC endpoint's policy (E3); no policy means full access.</summary>
    VpcEndpoint,

    /// <summary>An S3 bucket policy; no policy leaves the decision to the IAM role.</summary>
    Bucket,
}
