namespace PathSim.Services;

/// <summary>
/// The address classes pathsim keeps per region from AWS's ip-ranges.json, and which services use which.
/// </summary>
public static class ServiceAddressClass
{
    /// <summary>ip-ranges.json service <c>S3</c>.</summary>
    public const string S3 = "s3";

    /// <summary>ip-ranges.json service <c>DYNAMODB</c> (the other gateway-endpoint service, R6).</summary>
    public const string DynamoDb = "dynamodb";

    /// <summary>
    /// ip-ranges.json service <c>AMAZON</c> minus the <c>S3</c>, <c>DYNAMODB</c> and <c>EC2</c> ranges of the same
    /// region. AMAZON is the superset of every AWS range; ip-ranges.json names no Glue, Athena, STS or
    /// Lake Formation ranges, so their public endpoints lie in AMAZON (TOPOLOGY.md). Removing EC2 keeps
    /// customers' instance addresses (which are AMAZON too) out, and removing S3 and DynamoDB keeps a
    /// representative Glue address from being mistaken for S3.
    /// </summary>
    public const string Amazon = "amazon";

    /// <summary>
    /// Services a destination may name (<c>trace --to SERVICE:REGION</c>) without the topology declaring
    /// them: the ones Redshift's flows use first, then other services whose endpoints clusters and
    /// their clients commonly call. Any other service is known only through the topology, by an
    /// endpoint or prefix list named <c>com.amazonaws.REGION.SERVICE</c>; otherwise a name such as
    /// <c>dynamo</c> would silently stand for the whole AMAZON class.
    /// </summary>
    public static IReadOnlyList<string> KnownServices { get; } =
    [
        "s3", "glue", "athena", "dynamodb", "sts", "lakeformation", "kms", "redshift", "redshift-data", "redshift-serverless",
        "secretsmanager", "ssm", "logs", "monitoring", "sns", "sqs", "kinesis-streams", "kinesis-firehose", "lambda", "ec2", "emr", "sagemaker.api",
    ];

    /// <summary>The class whose ranges stand for a service's public endpoints: s3 and dynamodb have their own, all others use <see cref="Amazon"/>.</summary>
    public static string ForService(string service) => service.ToLowerInvariant() switch
    {
        "s3" => S3,
        "dynamodb" => DynamoDb,
        _ => Amazon,
    };
}
