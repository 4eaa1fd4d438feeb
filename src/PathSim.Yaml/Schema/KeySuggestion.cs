using PathSim.Diagnostics;

namespace PathSim.Yaml.Schema;

/// <summary>"Did you mean" for unknown keys: a synonym people write for a known key, else the closest known key (<see cref="NameSuggestion"/>).</summary>
internal static class KeySuggestion
{
    /// <summary>
    /// Keys people write for another key: the other direction's peer, and EC2 API field names.
    /// Only suggested when the replacement is a key of that mapping.
    /// </summary>
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["destination"] = "source",
        ["source"] = "destination",
        ["cidr_block"] = "cidr",
        ["cidr_blocks"] = "cidrs",
        ["vpc_id"] = "vpc",
        ["subnet_id"] = "subnet",
        ["subnet_ids"] = "subnets",
        ["route_table_id"] = "route_table",
        ["route_table_ids"] = "route_tables",
        ["network_acl_id"] = "network_acl",
        ["security_group_ids"] = "security_groups",
        ["groups"] = "security_groups",
        ["service_name"] = "service",
        ["vpc_endpoint_type"] = "type",
        ["destination_cidr_block"] = "destination",
        ["gateway_id"] = "target",
        ["nat_gateway_id"] = "target",
        ["rule_number"] = "rule",
        ["rule_action"] = "action",
        ["port"] = "ports",
        ["port_range"] = "ports",
        ["cidr_ip"] = "source",
    };

    public static string? Closest(string key, IReadOnlyCollection<string> known)
    {
        if (Synonyms.TryGetValue(key, out var synonym) && known.Contains(synonym)) return synonym;
        return NameSuggestion.Closest(key, known);
    }
}
