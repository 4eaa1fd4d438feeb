using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PathSim.Addressing;
using PathSim.Topology;

namespace PathSim.Services;

/// <summary>
/// Where AWS services live, per region: the built-in IPv4 ranges from AWS's ip-ranges.json (a compact,
/// merged copy embedded in PathSim.Core as <c>Services/service-ranges.txt</c>), optionally overridden by
/// the topology's AWS-managed prefix lists. A prefix list named <c>com.amazonaws.REGION.SERVICE</c>
/// replaces the built-in ranges of that service in that region (TOPOLOGY.md, "Defaults that follow AWS").
/// Which class of ranges stands for which service is <see cref="ServiceAddressClass"/>.
/// </summary>
public sealed class ServiceAddressCatalog
{
    private const string ResourceName = "PathSim.Services.service-ranges.txt";
    private static readonly Lazy<ServiceAddressCatalog> BuiltInCatalog = new(LoadBuiltIn);

    // (region, class) -> merged prefixes
    private readonly ImmutableDictionary<(string Region, string Class), Ipv4PrefixSet> _ranges;
    private readonly ImmutableDictionary<RegionalService, PrefixList> _overrides;

    private ServiceAddressCatalog(
        ImmutableDictionary<(string, string), Ipv4PrefixSet> ranges,
        ImmutableDictionary<RegionalService, PrefixList> overrides,
        string syncToken,
        string createDate)
    {
        _ranges = ranges;
        _overrides = overrides;
        SyncToken = syncToken;
        CreateDate = createDate;
    }

    /// <summary>The ranges compiled into pathsim (ip-ranges.json, see the header of service-ranges.txt).</summary>
    public static ServiceAddressCatalog BuiltIn => BuiltInCatalog.Value;

    /// <summary>An empty catalog: every service has no addresses unless a prefix list gives them.</summary>
    public static ServiceAddressCatalog Empty { get; } = new(
        ImmutableDictionary<(string, string), Ipv4PrefixSet>.Empty, ImmutableDictionary<RegionalService, PrefixList>.Empty, "", "");

    /// <summary>ip-ranges.json's syncToken of the data (empty when unknown).</summary>
    public string SyncToken { get; }

    /// <summary>ip-ranges.json's createDate of the data (empty when unknown).</summary>
    public string CreateDate { get; }

    public IEnumerable<string> Regions => _ranges.Keys.Select(k => k.Region).Distinct().Order(StringComparer.Ordinal);

    /// <summary>
    /// The service's addresses in its region: the overriding prefix list's CIDRs when the topology has
    /// one, else the built-in class (<see cref="ServiceAddressClass.ForService"/>); empty for an unknown region.
    /// </summary>
    public Ipv4PrefixSet Addresses(RegionalService service)
    {
        if (_overrides.TryGetValue(service, out var list)) return Ipv4PrefixSet.Create(list.Cidrs);
        return ClassAddresses(service.Region, ServiceAddressClass.ForService(service.Service));
    }

    /// <summary>The built-in ranges of one class (<see cref="ServiceAddressClass"/>) in a region, ignoring overrides.</summary>
    public Ipv4PrefixSet ClassAddresses(string region, string addressClass) =>
        _ranges.TryGetValue((region.ToLowerInvariant(), addressClass), out var set) ? set : Ipv4PrefixSet.Empty;

    /// <summary>The topology's prefix list that overrides the service's ranges, when there is one.</summary>
    public PrefixList? OverridingPrefixList(RegionalService service) => _overrides.GetValueOrDefault(service);

    /// <summary>A stable address of the service for a concrete trace (see <see cref="Ipv4PrefixSet.Representative"/>).</summary>
    public Ipv4Address? RepresentativeAddress(RegionalService service) => Addresses(service).Representative;

    /// <summary>
    /// The services that own <paramref name="address"/> by their own ranges: overriding prefix lists, then
    /// the built-in S3 and DynamoDB classes. Addresses of the shared AMAZON class name no service.
    /// </summary>
    public IEnumerable<RegionalService> ServicesAt(Ipv4Address address)
    {
        var found = new SortedSet<RegionalService>();
        foreach (var (service, list) in _overrides)
            if (list.Cidrs.Any(c => c.Contains(address))) found.Add(service);
        foreach (var ((region, cls), set) in _ranges)
        {
            if (cls == ServiceAddressClass.Amazon || !set.Contains(address)) continue;
            var service = new RegionalService(cls, region);
            if (!_overrides.ContainsKey(service)) found.Add(service);
        }
        return found;
    }

    /// <summary>A catalog where each prefix list named <c>com.amazonaws.REGION.SERVICE</c> replaces that service's ranges.</summary>
    public ServiceAddressCatalog WithPrefixLists(IEnumerable<PrefixList> prefixLists)
    {
        var overrides = _overrides.ToBuilder();
        foreach (var list in prefixLists)
            if (RegionalService.FromEndpointServiceName(list.Name) is { } service)
                overrides[service] = list;
        return new ServiceAddressCatalog(_ranges, overrides.ToImmutable(), SyncToken, CreateDate);
    }

    // ---- the compact file ------------------------------------------------------------------

    /// <summary>
    /// Reads the compact format: <c>#</c> comment lines (a <c># syncToken: X createDate: Y</c> line is
    /// kept as metadata) and lines <c>REGION CLASS CIDR CIDR …</c>.
    /// </summary>
    public static ServiceAddressCatalog ParseCompact(string text)
    {
        var ranges = ImmutableDictionary.CreateBuilder<(string, string), Ipv4PrefixSet>();
        string syncToken = "", createDate = "";
        int lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith('#'))
            {
                var words = line.TrimStart('#').Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (int i = 0; i + 1 < words.Length; i++)
                {
                    if (words[i] == "syncToken:") syncToken = words[i + 1];
                    if (words[i] == "createDate:") createDate = words[i + 1];
                }
                continue;
            }
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2) throw new FormatException($"service ranges line {lineNumber}: expected 'REGION CLASS CIDR…'");
            var prefixes = new List<Ipv4Prefix>();
            foreach (var cidr in parts.Skip(2))
                prefixes.Add(Ipv4Prefix.TryParse(cidr, out var p) ? p : throw new FormatException($"service ranges line {lineNumber}: '{cidr}' is not a CIDR"));
            ranges[(parts[0], parts[1])] = Ipv4PrefixSet.Create(prefixes);
        }
        return new ServiceAddressCatalog(ranges.ToImmutable(), ImmutableDictionary<RegionalService, PrefixList>.Empty, syncToken, createDate);
    }

    /// <summary>
    /// Builds a catalog from AWS's ip-ranges.json text (for example a newer copy a user supplies).
    /// Returns null and an error message when the text is not in that format.
    /// </summary>
    public static ServiceAddressCatalog? FromIpRangesJson(string json, out string? error)
    {
        error = null;
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            string syncToken = root.TryGetProperty("syncToken", out var st) ? st.GetString() ?? "" : "";
            string createDate = root.TryGetProperty("createDate", out var cd) ? cd.GetString() ?? "" : "";
            var byRegionService = new Dictionary<(string Region, string Service), List<Ipv4Prefix>>();
            foreach (var entry in root.GetProperty("prefixes").EnumerateArray())
            {
                var cidr = entry.GetProperty("ip_prefix").GetString();
                var region = entry.GetProperty("region").GetString();
                var service = entry.GetProperty("service").GetString();
                if (cidr is null || region is null || service is null) continue;
                if (!Ipv4Prefix.TryParseLenient(cidr, out var prefix)) { error = $"'{cidr}' is not an IPv4 CIDR"; return null; }
                var key = (region.ToLowerInvariant(), service.ToUpperInvariant());
                if (!byRegionService.TryGetValue(key, out var list)) byRegionService[key] = list = [];
                list.Add(prefix);
            }
            Ipv4PrefixSet Of(string region, string service) =>
                byRegionService.TryGetValue((region, service), out var l) ? Ipv4PrefixSet.Create(l) : Ipv4PrefixSet.Empty;

            var ranges = ImmutableDictionary.CreateBuilder<(string, string), Ipv4PrefixSet>();
            // GLOBAL holds CloudFront and Route 53 style ranges; no regional endpoint lives there.
            foreach (var region in byRegionService.Keys.Select(k => k.Region).Distinct().Where(r => r != "global"))
            {
                var s3 = Of(region, "S3");
                var dynamo = Of(region, "DYNAMODB");
                var amazon = Of(region, "AMAZON").Except(s3).Except(dynamo).Except(Of(region, "EC2"));
                if (!s3.IsEmpty) ranges[(region, ServiceAddressClass.S3)] = s3;
                if (!dynamo.IsEmpty) ranges[(region, ServiceAddressClass.DynamoDb)] = dynamo;
                if (!amazon.IsEmpty) ranges[(region, ServiceAddressClass.Amazon)] = amazon;
            }
            return new ServiceAddressCatalog(ranges.ToImmutable(), ImmutableDictionary<RegionalService, PrefixList>.Empty, syncToken, createDate);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            error = e.Message;
            return null;
        }
    }

    /// <summary>The compact text of the built-in ranges (header comment, then one sorted line per region and class).</summary>
    public string ToCompactText()
    {
        var text = new StringBuilder();
        text.Append(CompactHeader.Replace("{syncToken}", SyncToken).Replace("{createDate}", CreateDate));
        foreach (var ((region, cls), set) in _ranges.OrderBy(kv => kv.Key.Region, StringComparer.Ordinal).ThenBy(kv => kv.Key.Class, StringComparer.Ordinal))
        {
            text.Append(region).Append(' ').Append(cls);
            foreach (var p in set.Prefixes) text.Append(' ').Append(p.ToString());
            text.Append('\n');
        }
        return text.ToString();
    }

    private const string CompactHeader =
        "# pathsim built-in AWS service address ranges (IPv4), one line per region and class: REGION CLASS CIDR...\n" +
        "# Generated by ServiceAddressCatalog.FromIpRangesJson(...).ToCompactText(); checked (and rewritten when\n" +
        "# PATHSIM_REGENERATE=1) by tests/PathSim.Core.Tests ServiceAddressCatalogResourceTests. Do not edit by hand.\n" +
        "# Source: AWS ip-ranges.json (https://ip-ranges.amazonaws.com/ip-ranges.json), the copy bundled in\n" +
        "#   batfish/batfish@cba1873338ae3b1952883706f5d7c6d969b385ec (real-inputs/aws-ip-ranges/ip-ranges.json).\n" +
        "# syncToken: {syncToken} createDate: {createDate}\n" +
        "# Licence: AWS publishes ip-ranges.json for public use without a licence text; the copy came from\n" +
        "#   Batfish (Apache-2.0). Only derived, merged prefixes are stored here.\n" +
        "# Classes: s3 = service S3; dynamodb = service DYNAMODB; amazon = service AMAZON minus the region's\n" +
        "#   S3, DYNAMODB and EC2 ranges (the public endpoints of Glue, Athena and other services, TOPOLOGY.md).\n" +
        "#   Region GLOBAL is left out.\n";

    private static ServiceAddressCatalog LoadBuiltIn()
    {
        using var stream = typeof(ServiceAddressCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return ParseCompact(reader.ReadToEnd());
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"ServiceAddressCatalog(syncToken {SyncToken}, {_ranges.Count} region classes, {_overrides.Count} overrides)");
}
