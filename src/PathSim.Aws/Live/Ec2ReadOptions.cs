namespace PathSim.Aws.Live;

/// <summary>What <c>--aws</c> reads: one region of the account the credentials belong to.</summary>
public sealed record Ec2ReadOptions
{
    /// <summary><c>--region</c>; null takes the SDK's region (AWS_REGION, the profile's region).</summary>
    public string? Region { get; init; }

    /// <summary><c>--profile</c>: a named profile from the shared config and credentials files; null uses the SDK's default credential chain.</summary>
    public string? Profile { get; init; }

    /// <summary><c>--vpc</c>: read only this VPC (and what it references); null reads every VPC in the region.</summary>
    public string? VpcId { get; init; }

    /// <summary>An EC2 endpoint URL other than the region's (an EC2 interface endpoint, or a test double).</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>Redshift describe-clusters / describe-cluster-subnet-groups JSON files to merge in (EC2 cannot describe clusters).</summary>
    public IReadOnlyList<string> RedshiftFiles { get; init; } = [];
}
