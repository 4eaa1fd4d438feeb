using System.Collections.Specialized;
using System.Globalization;
using System.Text.Json;

namespace PathSim.Aws.Tests.Live;

/// <summary>
/// The describe answers a one-region snapshot holds, served page by page (<see cref="PageSize"/> items,
/// then a nextToken) as the EC2 Query API would: the same resources for the live reader as for the JSON reader.
/// </summary>
internal sealed class SnapshotBackedEc2
{
    private readonly Dictionary<string, List<JsonElement>> _items = new(StringComparer.Ordinal);

    public SnapshotBackedEc2(string regionDirectory)
    {
        foreach (var file in Directory.GetFiles(regionDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            foreach (var property in document.RootElement.EnumerateObject())
                if (property.Value.ValueKind == JsonValueKind.Array)
                    _items[property.Name] = [.. property.Value.EnumerateArray().Select(e => e.Clone())];
        }
    }

    public int PageSize { get; init; } = 2;

    /// <summary>Answers describe-vpc-attribute enableDnsHostnames with this instead of AWS's default.</summary>
    public bool? EnableDnsHostnames { get; init; }

    /// <summary>Actions that answer with this error instead, and how many times.</summary>
    public Dictionary<string, (int Times, int Status, string Code)> Failures { get; } = new(StringComparer.Ordinal);

    public (int Status, string Body) Handle(string action, NameValueCollection form)
    {
        if (Failures.TryGetValue(action, out var failure) && failure.Times > 0)
        {
            Failures[action] = failure with { Times = failure.Times - 1 };
            return FakeEc2Endpoint.Error(failure.Status, failure.Code, $"fake {failure.Code} for {action}");
        }
        if (action == "DescribeVpcAttribute") return VpcAttribute(form);
        if (!DescribeXml.Actions.TryGetValue(action, out var shape)) return FakeEc2Endpoint.Error(400, "InvalidAction", $"The action {action} is not valid for this web service.");

        var all = _items.GetValueOrDefault(shape.Key) ?? [];
        if (action == "DescribeAddresses") return (200, DescribeXml.Response(action, all, null));   // not paginated
        int start = form["NextToken"] is { } token ? int.Parse(token, CultureInfo.InvariantCulture) : 0;
        var page = all.Skip(start).Take(PageSize);
        string? next = start + PageSize < all.Count ? (start + PageSize).ToString(CultureInfo.InvariantCulture) : null;
        return (200, DescribeXml.Response(action, page, next));
    }

    /// <summary>A VPC's DNS attributes as AWS defaults them (support on; hostnames on for a default VPC), matching what the JSON reader assumes.</summary>
    private (int, string) VpcAttribute(NameValueCollection form)
    {
        string id = form["VpcId"]!;
        string attribute = form["Attribute"]!;
        var vpc = _items["Vpcs"].Single(v => v.GetProperty("VpcId").GetString() == id);
        bool isDefault = vpc.TryGetProperty("IsDefault", out var d) && d.GetBoolean();
        bool value = attribute == "enableDnsSupport" || (EnableDnsHostnames ?? isDefault);
        return (200, DescribeXml.VpcAttribute(id, attribute, value));
    }
}
