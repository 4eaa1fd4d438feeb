namespace PathSim.Topology;

/// <summary>Splits service names such as <c>com.amazonaws.us-east-1.s3</c> or <c>com.amazonaws.us-east-1.glue</c>.</summary>
public static class AwsServiceName
{
    public static string Format(string region, string service) => $"com.amazonaws.{region}.{service}";

    public static (string Region, string Service)? TryParse(string name)
    {
        const string Prefix = "com.amazonaws.";
        if (!name.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var rest = name[Prefix.Length..];
        int dot = rest.IndexOf('.');
        if (dot <= 0 || dot == rest.Length - 1) return null;
        return (rest[..dot], rest[(dot + 1)..]);
    }
}
