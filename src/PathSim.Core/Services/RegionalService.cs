using System.Diagnostics.CodeAnalysis;
using PathSim.Topology;

namespace PathSim.Services;

/// <summary>
/// An AWS service in one region, written <c>s3:us-east-1</c> (the CLI's service destinations).
/// <see cref="Service"/> is the short name from the endpoint service name (<c>s3</c>, <c>glue</c>,
/// <c>athena</c>, <c>dynamodb</c>, …), lower case.
/// </summary>
public readonly record struct RegionalService : IComparable<RegionalService>
{
    public RegionalService(string service, string region)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        Service = service.ToLowerInvariant();
        Region = region.ToLowerInvariant();
    }

    public string Service { get; }
    public string Region { get; }

    public static RegionalService S3(string region) => new("s3", region);
    public static RegionalService Glue(string region) => new("glue", region);
    public static RegionalService Athena(string region) => new("athena", region);

    /// <summary><c>com.amazonaws.REGION.SERVICE</c>, the endpoint service and managed prefix list name.</summary>
    public string EndpointServiceName => AwsServiceName.Format(Region, Service);

    /// <summary>Accepts <c>service:region</c> such as <c>s3:us-east-1</c>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out RegionalService service)
    {
        service = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        int colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1) return false;
        var name = text[..colon].Trim();
        var region = text[(colon + 1)..].Trim();
        if (name.Length == 0 || region.Length == 0 || region.Contains(':')) return false;
        service = new RegionalService(name, region);
        return true;
    }

    /// <summary>From <c>com.amazonaws.REGION.SERVICE</c>; null for other names.</summary>
    public static RegionalService? FromEndpointServiceName(string name) =>
        AwsServiceName.TryParse(name) is { } parsed ? new RegionalService(parsed.Service, parsed.Region) : null;

    public int CompareTo(RegionalService other)
    {
        int c = string.CompareOrdinal(Service, other.Service);
        return c != 0 ? c : string.CompareOrdinal(Region, other.Region);
    }

    public override string ToString() => $"{Service}:{Region}";
}
