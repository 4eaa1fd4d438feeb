namespace PathSim.Policies;

/// <summary>The global condition keys pathsim fills in (IAM User Guide, "AWS global condition context keys").</summary>
public static class ConditionKeys
{
    /// <summary>Present only on requests that arrive through a VPC endpoint (E4).</summary>
    public const string SourceVpce = "aws:SourceVpce";

    /// <summary>Present only on requests that arrive through a VPC endpoint (E4).</summary>
    public const string SourceVpc = "aws:SourceVpc";

    /// <summary>The public source address; absent on requests through a VPC endpoint (E4).</summary>
    public const string SourceIp = "aws:SourceIp";

    public const string UserAgent = "aws:UserAgent";
    public const string PrincipalArn = "aws:PrincipalArn";
    public const string PrincipalAccount = "aws:PrincipalAccount";
    public const string SecureTransport = "aws:SecureTransport";

    /// <summary>ListBucket's prefix parameter; pathsim's requests list the whole bucket, so it is absent.</summary>
    public const string S3Prefix = "s3:prefix";
}
