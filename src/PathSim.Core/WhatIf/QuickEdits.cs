using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>
/// The command-line shorthand for the common edits (docs/whatif.md). Each flag value becomes one
/// <see cref="TopologyEdit"/> located at the flag itself, so messages say which flag was wrong:
/// <code>
/// --remove [KIND:]ID                     remove nat-a · remove subnet:analytics
/// --detach-endpoint VPCE:RTB             --attach-endpoint VPCE:RTB
/// --add-route RTB:DEST=TARGET            --replace-route RTB:DEST=TARGET
/// --remove-route RTB:DEST
/// --set [KIND:]ID.FIELD=VALUE            --set analytics.enhanced_vpc_routing=false
/// </code>
/// </summary>
public static class QuickEdits
{
    public const string Remove = "--remove";
    public const string DetachEndpoint = "--detach-endpoint";
    public const string AttachEndpoint = "--attach-endpoint";
    public const string AddRoute = "--add-route";
    public const string ReplaceRoute = "--replace-route";
    public const string RemoveRoute = "--remove-route";
    public const string Set = "--set";

    /// <summary>The syntax of each flag's value, for help text and messages.</summary>
    public static string SyntaxOf(string flag) => flag switch
    {
        Remove => "[KIND:]ID",
        DetachEndpoint or AttachEndpoint => "VPCE:RTB",
        AddRoute or ReplaceRoute => "RTB:DEST=TARGET",
        RemoveRoute => "RTB:DEST",
        Set => "[KIND:]ID.FIELD=VALUE",
        _ => throw new ArgumentOutOfRangeException(nameof(flag)),
    };

    /// <summary>Parses one flag value; a malformed one is a PS5002 diagnostic located at the flag.</summary>
    public static TopologyEdit? Parse(string flag, string value, ICollection<Diagnostic> diagnostics)
    {
        var location = new SourceLocation($"{flag} {value}", 0, 0);
        TopologyEdit? edit;
        string? error = flag switch
        {
            Remove => ParseRemove(value, out edit),
            DetachEndpoint => ParseEndpoint(value, detach: true, out edit),
            AttachEndpoint => ParseEndpoint(value, detach: false, out edit),
            AddRoute => ParseRoute(value, location, replace: false, out edit),
            ReplaceRoute => ParseRoute(value, location, replace: true, out edit),
            RemoveRoute => ParseRemoveRoute(value, out edit),
            Set => ParseSet(value, out edit),
            _ => throw new ArgumentOutOfRangeException(nameof(flag)),
        };
        if (error is not null)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.EditInvalid, location, $"{error} (expected {flag} {SyntaxOf(flag)})"));
            return null;
        }
        return edit! with { Location = location };
    }

    private static string? ParseRemove(string value, out TopologyEdit? edit)
    {
        edit = null;
        if (ParseReference(value, out var reference) is { } error) return error;
        edit = new RemoveResource(reference);
        return null;
    }

    private static string? ParseEndpoint(string value, bool detach, out TopologyEdit? edit)
    {
        edit = null;
        if (Split(value, ':') is not var (endpoint, table)) return $"'{value}' has no ':' between the endpoint and the route table";
        var endpointId = new VpcEndpointId(endpoint);
        var tableId = new RouteTableId(table);
        edit = detach ? new DetachEndpoint(endpointId, tableId) : new AttachEndpoint(endpointId, tableId);
        return null;
    }

    private static string? ParseRoute(string value, SourceLocation location, bool replace, out TopologyEdit? edit)
    {
        edit = null;
        if (Split(value, ':') is not var (table, rest)) return $"'{value}' has no ':' after the route table";
        if (Split(rest, '=') is not var (destination, target)) return $"'{rest}' has no '=' between the destination and the target";
        if (RouteText.TryParseRoute(destination, target, location, out var route) is { } error) return error;
        var tableId = new RouteTableId(table);
        edit = replace ? new ReplaceRoute(tableId, route) : new AddRoute(tableId, route);
        return null;
    }

    private static string? ParseRemoveRoute(string value, out TopologyEdit? edit)
    {
        edit = null;
        if (Split(value, ':') is not var (table, destinationText)) return $"'{value}' has no ':' after the route table";
        if (RouteText.TryParseDestination(destinationText, out var destination) is { } error) return error;
        edit = new RemoveRoute(new RouteTableId(table), destination);
        return null;
    }

    /// <summary>FIELD is the part after the last '.' before the '=', so ids with dots (bucket names) work.</summary>
    private static string? ParseSet(string value, out TopologyEdit? edit)
    {
        edit = null;
        int equals = value.IndexOf('=');
        if (equals < 0) return $"'{value}' has no '=' before the value";
        string target = value[..equals];
        int dot = target.LastIndexOf('.');
        if (dot <= 0 || dot == target.Length - 1) return $"'{target}' has no '.FIELD' after the id";
        if (ParseReference(target[..dot], out var reference) is { } error) return error;
        string text = value[(equals + 1)..];
        edit = new SetField(reference, target[(dot + 1)..], text == "null" ? FieldValue.Null : FieldValue.Of(text));
        return null;
    }

    private static string? ParseReference(string value, out ResourceReference reference)
    {
        reference = ResourceReference.Parse(value);
        return value.Length == 0 ? "the id is empty" : null;
    }

    /// <summary>Splits at the first separator; null when it is missing or either side is empty.</summary>
    private static (string Left, string Right)? Split(string value, char separator)
    {
        int at = value.IndexOf(separator);
        if (at <= 0 || at == value.Length - 1) return null;
        return (value[..at], value[(at + 1)..]);
    }
}
