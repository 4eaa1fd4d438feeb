using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using PathSim.Collections;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Policies;

/// <summary>
/// Walks the JSON of an IAM policy (IAM User Guide, "IAM JSON policy element reference" and its
/// grammar page). Collects every problem rather than stopping at the first one.
/// </summary>
internal sealed class PolicyParser
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 32,
    };

    private static readonly string[] DocumentKeys = ["Version", "Id", "Statement"];
    private static readonly string[] StatementKeys =
        ["Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"];

    private readonly PolicyText _text;
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

    private PolicyParser(PolicyText text) => _text = text;

    public static PolicyParseResult Parse(PolicyText text)
    {
        var parser = new PolicyParser(text);
        var document = parser.ParseDocument();
        var diagnostics = parser._diagnostics.ToImmutable();
        return diagnostics.IsEmpty ? new PolicyParseResult(document, []) : new PolicyParseResult(null, diagnostics);
    }

    private void Error(string path, string message) =>
        _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidPolicy, _text.Location, $"{path}: {message}"));

    private PolicyDocument? ParseDocument()
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(_text.Json, Options);
        }
        catch (JsonException e)
        {
            Error("$", JsonErrorText.Describe(e));
            return null;
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Error("$", $"expected an object, found {Describe(root)}");
                return null;
            }

            var properties = Properties(root, "$", DocumentKeys);
            string? version = null, id = null;
            if (properties.TryGetValue("Version", out var v))
            {
                version = String(v, "$.Version");
                if (version is not null and not ("2012-10-17" or "2008-10-17"))
                    Error("$.Version", $"'{version}' is not a policy language version (2012-10-17 or 2008-10-17)");
            }
            if (properties.TryGetValue("Id", out var i)) id = String(i, "$.Id");

            var statements = ImmutableArray.CreateBuilder<PolicyStatement>();
            if (!properties.TryGetValue("Statement", out var s))
            {
                Error("$", "the policy has no 'Statement'");
            }
            else if (s.ValueKind == JsonValueKind.Object)
            {
                if (ParseStatement(s, 0, "$.Statement") is { } st) statements.Add(st);
            }
            else if (s.ValueKind == JsonValueKind.Array)
            {
                int index = 0;
                foreach (var item in s.EnumerateArray())
                {
                    var path = $"$.Statement[{index}]";
                    if (item.ValueKind != JsonValueKind.Object) Error(path, $"expected a statement object, found {Describe(item)}");
                    else if (ParseStatement(item, index, path) is { } st) statements.Add(st);
                    index++;
                }
            }
            else
            {
                Error("$.Statement", $"expected an object or an array of objects, found {Describe(s)}");
            }

            return new PolicyDocument { Version = version, Id = id, Statements = statements.ToImmutable(), Source = _text };
        }
    }

    private PolicyStatement? ParseStatement(JsonElement element, int index, string path)
    {
        int errorsBefore = _diagnostics.Count;
        var p = Properties(element, path, StatementKeys);

        string? sid = p.TryGetValue("Sid", out var sidElement) ? String(sidElement, path + ".Sid") : null;

        PolicyEffect effect = PolicyEffect.Allow;
        if (!p.TryGetValue("Effect", out var effectElement)) Error(path, "the statement has no 'Effect'");
        else if (String(effectElement, path + ".Effect") is { } e)
        {
            // IAM is case-sensitive here: "allow" is rejected by AWS.
            if (e == "Allow") effect = PolicyEffect.Allow;
            else if (e == "Deny") effect = PolicyEffect.Deny;
            else Error(path + ".Effect", $"'{e}' is not \"Allow\" or \"Deny\"");
        }

        var (principal, notPrincipal) = OneOf(p, path, "Principal", "NotPrincipal", required: false);
        PolicyPrincipal? parsedPrincipal = null;
        if (principal is { } pe) parsedPrincipal = ParsePrincipal(pe.Value, $"{path}.{pe.Name}");

        var (action, _) = OneOf(p, path, "Action", "NotAction", required: true);
        var actions = action is { } ae ? StringList(ae.Value, $"{path}.{ae.Name}", ValidateAction) : [];

        var (resource, _) = OneOf(p, path, "Resource", "NotResource", required: true);
        var resources = resource is { } re ? StringList(re.Value, $"{path}.{re.Name}", ValidateResource) : [];

        var conditions = p.TryGetValue("Condition", out var c) ? ParseConditions(c, path + ".Condition") : [];

        if (_diagnostics.Count > errorsBefore) return null;
        return new PolicyStatement
        {
            Index = index,
            Sid = sid,
            Effect = effect,
            Principal = parsedPrincipal,
            IsNotPrincipal = notPrincipal,
            Actions = actions,
            IsNotAction = action?.Name == "NotAction",
            Resources = resources,
            IsNotResource = resource?.Name == "NotResource",
            Conditions = conditions,
            Text = element.GetRawText(),
        };
    }

    /// <summary>Finds X or NotX (never both); the bool says whether it was the Not form.</summary>
    private ((string Name, JsonElement Value)? Found, bool IsNot) OneOf(
        Dictionary<string, JsonElement> p, string path, string name, string notName, bool required)
    {
        bool has = p.TryGetValue(name, out var value), hasNot = p.TryGetValue(notName, out var notValue);
        if (has && hasNot)
        {
            Error(path, $"the statement has both '{name}' and '{notName}'");
            return (null, false);
        }
        if (has) return ((name, value), false);
        if (hasNot) return ((notName, notValue), true);
        if (required) Error(path, $"the statement has neither '{name}' nor '{notName}'");
        return (null, false);
    }

    private PolicyPrincipal? ParsePrincipal(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            if (element.GetString() == "*") return PolicyPrincipal.Anyone;
            Error(path, $"a principal string must be \"*\"; name others as {{\"AWS\": ...}}, found '{element.GetString()}'");
            return null;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(path, $"expected \"*\" or an object such as {{\"AWS\": ...}}, found {Describe(element)}");
            return null;
        }

        var entries = ImmutableArray.CreateBuilder<PolicyPrincipalEntry>();
        foreach (var (key, value) in Properties(element, path, ["AWS", "Service", "Federated", "CanonicalUser"]))
        {
            var type = key switch
            {
                "AWS" => PrincipalType.Aws,
                "Service" => PrincipalType.Service,
                "Federated" => PrincipalType.Federated,
                _ => PrincipalType.CanonicalUser,
            };
            foreach (var item in StringList(value, $"{path}.{key}", null))
                entries.Add(type == PrincipalType.Aws && item == "*"
                    ? new PolicyPrincipalEntry(PrincipalType.Anyone, "*")
                    : new PolicyPrincipalEntry(type, item));
        }
        if (entries.Count == 0)
        {
            Error(path, "the principal names nobody");
            return null;
        }
        return new PolicyPrincipal(entries.ToImmutable());
    }

    private ValueArray<PolicyCondition> ParseConditions(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(path, $"expected an object {{operator: {{key: value}}}}, found {Describe(element)}");
            return [];
        }

        var conditions = ImmutableArray.CreateBuilder<PolicyCondition>();
        foreach (var (name, block) in Properties(element, path, null))
        {
            var opPath = $"{path}.{name}";
            if (!ConditionOperator.TryParse(name, out var op))
            {
                Error(opPath, $"'{name}' is not a condition operator");
                continue;
            }
            if (block.ValueKind != JsonValueKind.Object)
            {
                Error(opPath, $"expected an object {{key: value}}, found {Describe(block)}");
                continue;
            }
            foreach (var (key, value) in Properties(block, opPath, null))
            {
                var keyPath = $"{opPath}.{key}";
                var values = ConditionValues(value, keyPath);
                if (values is null) continue;
                foreach (var v in values.Value) ValidateConditionValue(op.Value, v, keyPath);
                conditions.Add(new PolicyCondition(op.Value, key, values.Value));
            }
        }
        return conditions.ToImmutable();
    }

    /// <summary>Condition values are strings, numbers or booleans (IAM compares their text), alone or in an array.</summary>
    private ValueArray<string>? ConditionValues(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var list = ImmutableArray.CreateBuilder<string>();
            int i = 0;
            foreach (var item in element.EnumerateArray())
            {
                if (Scalar(item) is { } s) list.Add(s);
                else Error($"{path}[{i}]", $"expected a string, number or boolean, found {Describe(item)}");
                i++;
            }
            if (list.Count == 0 && i == 0) Error(path, "the condition has no values");
            return list.ToImmutable();
        }
        if (Scalar(element) is { } one) return [one];
        Error(path, $"expected a string, number, boolean or an array of them, found {Describe(element)}");
        return null;
    }

    private static string? Scalar(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    private void ValidateConditionValue(ConditionOperator op, string value, string path)
    {
        switch (op.Kind)
        {
            case ConditionOperatorKind.IpAddress or ConditionOperatorKind.NotIpAddress:
                // IPv6 ranges are valid in IAM but never match the IPv4 addresses pathsim models.
                if (!value.Contains(':') && !ConditionEvaluator.TryParseIpRange(value, out _))
                    Error(path, $"'{value}' is not an IP address or CIDR range");
                break;
            case ConditionOperatorKind.Bool or ConditionOperatorKind.Null:
                if (!value.Equals("true", StringComparison.OrdinalIgnoreCase) && !value.Equals("false", StringComparison.OrdinalIgnoreCase))
                    Error(path, $"'{value}' is not true or false");
                break;
            case ConditionOperatorKind.NumericEquals or ConditionOperatorKind.NumericNotEquals or ConditionOperatorKind.NumericLessThan
                or ConditionOperatorKind.NumericLessThanEquals or ConditionOperatorKind.NumericGreaterThan or ConditionOperatorKind.NumericGreaterThanEquals:
                if (!decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                    Error(path, $"'{value}' is not a number");
                break;
            case ConditionOperatorKind.DateEquals or ConditionOperatorKind.DateNotEquals or ConditionOperatorKind.DateLessThan
                or ConditionOperatorKind.DateLessThanEquals or ConditionOperatorKind.DateGreaterThan or ConditionOperatorKind.DateGreaterThanEquals:
                if (!ConditionEvaluator.TryParseDate(value, out _))
                    Error(path, $"'{value}' is not a date (ISO 8601 or epoch seconds)");
                break;
        }
    }

    private void ValidateAction(string value, string path)
    {
        if (value == "*") return;
        int colon = value.IndexOf(':');
        if (colon <= 0 || colon == value.Length - 1)
            Error(path, $"'{value}' is not an action ('service:Action', wildcards allowed, or \"*\")");
    }

    private void ValidateResource(string value, string path)
    {
        if (value == "*") return;
        if (!value.StartsWith("arn:", StringComparison.Ordinal) || value.Split(':').Length < 6)
            Error(path, $"'{value}' is not an ARN (arn:partition:service:region:account:resource) or \"*\"");
    }

    private ValueArray<string> StringList(JsonElement element, string path, Action<string, string>? validate)
    {
        var list = ImmutableArray.CreateBuilder<string>();
        if (element.ValueKind == JsonValueKind.String)
        {
            var s = element.GetString()!;
            validate?.Invoke(s, path);
            list.Add(s);
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (var item in element.EnumerateArray())
            {
                var itemPath = $"{path}[{i++}]";
                if (item.ValueKind != JsonValueKind.String)
                {
                    Error(itemPath, $"expected a string, found {Describe(item)}");
                    continue;
                }
                var s = item.GetString()!;
                validate?.Invoke(s, itemPath);
                list.Add(s);
            }
            if (i == 0) Error(path, "the list is empty");
        }
        else
        {
            Error(path, $"expected a string or an array of strings, found {Describe(element)}");
        }
        return list.ToImmutable();
    }

    private string? String(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.String) return element.GetString();
        Error(path, $"expected a string, found {Describe(element)}");
        return null;
    }

    /// <summary>An object's members, reporting duplicate names and (when <paramref name="allowed"/> is given) unknown ones.</summary>
    private Dictionary<string, JsonElement> Properties(JsonElement element, string path, string[]? allowed)
    {
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (allowed is not null && Array.IndexOf(allowed, property.Name) < 0)
            {
                var hint = allowed.FirstOrDefault(a => a.Equals(property.Name, StringComparison.OrdinalIgnoreCase));
                Error($"{path}.{property.Name}", hint is null
                    ? $"unknown element (expected one of {string.Join(", ", allowed)})"
                    : $"unknown element (element names are case-sensitive: did you mean '{hint}'?)");
                continue;
            }
            if (!result.TryAdd(property.Name, property.Value))
                Error($"{path}.{property.Name}", "the element appears twice");
        }
        return result;
    }

    private static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string '{e.GetString()}'",
        JsonValueKind.Number => $"the number {e.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {e.GetRawText()}",
        _ => "null",
    };
}
