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

    /// <summary>The class whose ranges stand for a service's public endpoints: s3 and dynamodb have their own, all others use <see cref="Amazon"/>.</summary>
    public static string ForService(string service) => service.ToLowerInvariant() switch
    {
        "s3" => S3,
        "dynamodb" => DynamoDb,
        _ => Amazon,
    };
}
