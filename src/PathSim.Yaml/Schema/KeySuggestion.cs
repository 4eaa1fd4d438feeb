namespace PathSim.Yaml.Schema;

/// <summary>"Did you mean" for unknown keys: the closest known key by edit distance, if close enough.</summary>
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
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            int d = Distance(key.ToLowerInvariant(), candidate);
            if (d < bestDistance)
            {
                best = candidate;
                bestDistance = d;
            }
        }
        // A third of the key's length (at least 2) catches typos and transpositions without
        // suggesting unrelated words.
        return bestDistance <= Math.Max(2, key.Length / 3) ? best : null;
    }

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
