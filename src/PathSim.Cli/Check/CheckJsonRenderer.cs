using System.Text.Encodings.Web;
using System.Text.Json;
using PathSim.Cli.Output;
using PathSim.Redshift;
using PathSim.Traces;

namespace PathSim.Cli.Check;

/// <summary>Writes a <see cref="RedshiftCheck"/> as the JSON contract of TOPOLOGY.md (fields may be added, never renamed).</summary>
public static class CheckJsonRenderer
{
    /// <param name="warnings">The run's warnings (PS4xxx: unmodelled or assumed input), also on stderr, so a script reading only stdout sees them.</param>
    public static void Render(RedshiftCheck check, TextWriter output, IEnumerable<PathSim.Diagnostics.Diagnostic>? warnings = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("topology", check.Topology);
            json.WriteStartArray("clusters");
            foreach (var cluster in check.Clusters) WriteCluster(json, cluster);
            json.WriteEndArray();
            CommandReport.WriteDiagnostics(json, warnings ?? []);
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteCluster(Utf8JsonWriter json, ClusterCheck cluster)
    {
        json.WriteStartObject();
        json.WriteString("id", cluster.Cluster.Value);
        json.WriteStartArray("flows");
        foreach (var flow in cluster.Flows) WriteFlow(json, flow);
        json.WriteEndArray();
        json.WriteStartArray("outside_vpc");
        foreach (var outside in cluster.OutsideVpc)
        {
            json.WriteStartObject();
            json.WriteString("flow", outside.Flow.Kind.ToWireName());
            json.WriteString("target", outside.Flow.Target);
            json.WriteString("reason", outside.Reason.Value);
            json.WriteBoolean("in_vpc_flow_logs", false);
            json.WriteStartArray("audit_with");
            foreach (var source in outside.AuditWith) json.WriteStringValue(source);
            json.WriteEndArray();
            json.WritePropertyName("denied_by");
            FlowJson.WriteBlocker(json, outside.DeniedBy);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFlow(Utf8JsonWriter json, FlowResult flow)
    {
        json.WriteStartObject();
        json.WriteString("flow", flow.Flow.Kind.ToWireName());
        json.WriteString("target", flow.Flow.Target);
        json.WriteString("subnet", flow.Subnet.Value);
        json.WriteString("verdict", flow.Verdict.ToWireName());
        if (flow.Via is null) json.WriteNull("via"); else json.WriteString("via", flow.Via);
        json.WriteStartArray("codes");
        foreach (var code in flow.Codes) json.WriteStringValue(code.Value);
        json.WriteEndArray();
        json.WriteStartArray("path");
        foreach (var hop in flow.Path) FlowJson.WriteHop(json, hop);
        json.WriteEndArray();
        json.WritePropertyName("blocker");
        FlowJson.WriteBlocker(json, flow.Blocker);
        json.WritePropertyName("split");
        WriteSplit(json, flow.Split);
        json.WriteStartArray("exits");
        foreach (var exit in flow.Exits) WriteExit(json, exit);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>One way out: what the service sees of it, and (symbolic probe) exactly which destinations take it.</summary>
    private static void WriteExit(Utf8JsonWriter json, PathExit exit)
    {
        json.WriteStartObject();
        if (exit.Via is null) json.WriteNull("via"); else json.WriteString("via", exit.Via);
        if (exit.Endpoint is { } endpoint) json.WriteString("endpoint", endpoint.Value); else json.WriteNull("endpoint");
        if (exit.PublicSource is { } ip) json.WriteString("public_source", ip.ToString()); else json.WriteNull("public_source");
        WriteRanges(json, "destinations", exit.Destinations);
        json.WriteEndObject();
    }

    /// <summary>An intermittent flow's exact split (every range, unbounded; <c>text</c> is the report's bounded line), else null.</summary>
    private static void WriteSplit(Utf8JsonWriter json, FlowSplit? split)
    {
        if (split is null)
        {
            json.WriteNullValue();
            return;
        }
        json.WriteStartObject();
        json.WriteString("text", split.ToString());
        json.WriteStartArray("failing");
        foreach (var part in split.Failing)
        {
            json.WriteStartObject();
            WriteRanges(json, "destinations", part.Destinations);
            json.WriteString("code", part.Code.Value);
            json.WriteString("at", part.At);
            json.WriteString("direction", part.Direction == PathDirection.Forward ? "forward" : "return");
            if (part.Via is null) json.WriteNull("via"); else json.WriteString("via", part.Via);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteRanges(json, "passing", split.Passing);
        json.WritePropertyName("reply_ports");
        if (split.ReplyPorts is not { } ports) json.WriteNullValue();
        else
        {
            json.WriteStartObject();
            json.WriteString("at", ports.At);
            if (ports.RuleNumber is { } rule) json.WriteNumber("rule", rule); else json.WriteNull("rule");
            json.WriteString("checked", ports.Checked.ToString());
            WriteStrings(json, "dropped", ports.Dropped.Select(p => p.ToString()));
            WriteStrings(json, "passing", ports.Passing.Select(p => p.ToString()));
            WriteRanges(json, "destinations", ports.Destinations);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>Address ranges as merged CIDRs (a range that is not one prefix becomes its prefixes).</summary>
    private static void WriteRanges(Utf8JsonWriter json, string name, Addressing.Ipv4PrefixSet addresses) =>
        WriteStrings(json, name, addresses.Prefixes.Select(p => p.ToString()));

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
