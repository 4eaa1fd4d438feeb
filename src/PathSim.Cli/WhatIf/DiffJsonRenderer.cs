using System.Text.Encodings.Web;
using System.Text.Json;
using PathSim.Cli.Output;
using PathSim.Redshift;
using PathSim.Traces;
using PathSim.WhatIf;

namespace PathSim.Cli.WhatIf;

/// <summary>
/// Writes a <see cref="RedshiftDiff"/> as JSON (docs/whatif.md): the edits, the counts, and each
/// changed flow with its key, the change (worse, better, changed, added, removed), the old and new
/// verdict, via, codes and blocker, and the first changed hop. Fields may be added, never renamed.
/// </summary>
public static class DiffJsonRenderer
{
    /// <param name="edits">The whatif edits in order; null (written as []) for <c>pathsim diff</c>.</param>
    public static void Render(RedshiftDiff diff, IReadOnlyList<TopologyEdit>? edits, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("before", diff.Before);
            json.WriteString("after", diff.After);
            json.WriteStartArray("edits");
            foreach (var edit in edits ?? [])
            {
                json.WriteStartObject();
                json.WriteString("edit", edit.Describe());
                if (edit.Location.IsNone) json.WriteNull("location"); else json.WriteString("location", edit.Location.ToString());
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteNumber("compared", diff.Compared);
            json.WriteNumber("changed", diff.Changes.Count);
            json.WriteNumber("worse", diff.Worse);
            json.WriteNumber("better", diff.Better);
            json.WriteNumber("added", diff.Added);
            json.WriteNumber("removed", diff.Removed);
            json.WriteStartArray("notes");
            foreach (var note in diff.Notes) json.WriteStringValue(note);
            json.WriteEndArray();
            json.WriteStartArray("changes");
            foreach (var change in diff.Changes) WriteChange(json, change);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteChange(Utf8JsonWriter json, FlowChange change)
    {
        json.WriteStartObject();
        json.WriteString("cluster", change.Key.Cluster.Value);
        json.WriteString("flow", change.Key.Flow.ToWireName());
        json.WriteString("target", change.Key.Target);
        json.WriteString("subnet", change.Key.Subnet.Value);
        json.WriteString("change", DiffTextRenderer.Label(change).ToLowerInvariant());
        json.WritePropertyName("before");
        WriteSide(json, change.Before);
        json.WritePropertyName("after");
        WriteSide(json, change.After);
        json.WritePropertyName("changed_hop");
        if (change.ChangedHop is { } hop)
        {
            json.WriteStartObject();
            json.WriteNumber("index", hop.Index);
            json.WritePropertyName("before");
            FlowJson.WriteHop(json, hop.Before);
            json.WritePropertyName("after");
            FlowJson.WriteHop(json, hop.After);
            if (hop.ResponderAfter is not null)
            {
                json.WriteString("responder_before", hop.ResponderBefore);
                json.WriteString("responder_after", hop.ResponderAfter);
            }
            json.WriteEndObject();
        }
        else json.WriteNullValue();
        json.WriteEndObject();
    }

    private static void WriteSide(Utf8JsonWriter json, FlowResult? flow)
    {
        if (flow is null)
        {
            json.WriteNullValue();
            return;
        }
        json.WriteStartObject();
        json.WriteString("verdict", flow.Verdict.ToWireName());
        if (flow.Via is null) json.WriteNull("via"); else json.WriteString("via", flow.Via);
        json.WriteStartArray("codes");
        foreach (var code in flow.Codes) json.WriteStringValue(code.Value);
        json.WriteEndArray();
        json.WritePropertyName("blocker");
        FlowJson.WriteBlocker(json, flow.Blocker);
        json.WriteEndObject();
    }
}
