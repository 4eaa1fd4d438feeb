using System.Globalization;
using System.Text;
using System.Text.Json;
using PathSim.Topology;
using PathSim.Yaml.Syntax;
using static PathSim.Diagnostics.DiagnosticDescriptors;

namespace PathSim.Yaml.Schema;

/// <summary>
/// A <c>policy:</c> value: a YAML mapping (converted to compact JSON) or a JSON string (kept as
/// written, after checking it parses to an object). Either way the result is <see cref="PolicyText"/>
/// located at the value; null means no policy (full access, E3).
/// </summary>
internal static class PolicyReader
{
    public static PolicyText? Read(MappingReader owner, string key)
    {
        var ctx = owner.Context;
        var node = owner.Present(key, required: false);
        if (node is null) return null;
        if (node.IsMapping)
            return Convert(ctx, node) is { } json ? new PolicyText(json, ctx.At(node)) : null;
        if (!node.IsScalar)
        {
            ctx.Report(WrongType, node, key, "a mapping or a JSON string");
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(node.Value, new JsonDocumentOptions { MaxDepth = 64 });
            if (document.RootElement.ValueKind == JsonValueKind.Object) return new PolicyText(node.Value, ctx.At(node));
            ctx.Report(InvalidPolicy, node, "a policy document is a JSON object");
        }
        catch (JsonException e)
        {
            ctx.Report(InvalidPolicy, node, PathSim.Policies.JsonErrorText.Describe(e));
        }
        return null;
    }

    private static string? Convert(ReadContext ctx, YamlNode node)
    {
        int errors = ctx.Diagnostics.Count;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            Write(ctx, writer, node);
        return ctx.Diagnostics.Count == errors ? Encoding.UTF8.GetString(buffer.ToArray()) : null;
    }

    /// <summary>Recursion is bounded: the loader refused anything nested deeper than the depth limit.</summary>
    private static void Write(ReadContext ctx, Utf8JsonWriter writer, YamlNode node)
    {
        switch (node.Kind)
        {
            case YamlNodeKind.Mapping:
                writer.WriteStartObject();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var (key, value) in node.Pairs)
                {
                    if (!key.IsScalar)
                    {
                        ctx.Report(WrongType, key, "(key)", "a plain string");
                        continue;
                    }
                    if (!seen.Add(key.Value))
                    {
                        ctx.Report(DuplicateKey, key, key.Value);
                        continue;
                    }
                    writer.WritePropertyName(key.Value);
                    Write(ctx, writer, value);
                }
                writer.WriteEndObject();
                break;
            case YamlNodeKind.Sequence:
                writer.WriteStartArray();
                foreach (var item in node.Items) Write(ctx, writer, item);
                writer.WriteEndArray();
                break;
            default:
                WriteScalar(writer, node);
                break;
        }
    }

    /// <summary>YAML 1.2 core schema: plain null, booleans and numbers keep their type; everything else is a string.</summary>
    private static void WriteScalar(Utf8JsonWriter writer, YamlNode node)
    {
        if (node.IsNull) writer.WriteNullValue();
        else if (node.IsPlain && node.Value is "true" or "True" or "TRUE") writer.WriteBooleanValue(true);
        else if (node.IsPlain && node.Value is "false" or "False" or "FALSE") writer.WriteBooleanValue(false);
        else if (node.IsPlain && long.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n)) writer.WriteNumberValue(n);
        else writer.WriteStringValue(node.Value);
    }
}
