using System.Text.Encodings.Web;
using System.Text.Json;
using PathSim.Addressing;
using PathSim.Network;
using PathSim.Traces;

namespace PathSim.Cli.Tracing;

/// <summary>CLI.md's trace JSON: <c>{"verdict", "via", "codes", "forward": [hops], "return": [hops]}</c>, plus the header and service.</summary>
public static class TraceJsonRenderer
{
    public static void Render(TraceResult result, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("verdict", result.Verdict.ToWireName());
            if (result.Via is null) json.WriteNull("via"); else json.WriteString("via", result.Via);
            json.WriteStartArray("codes");
            foreach (var code in result.Codes) json.WriteStringValue(code.Value);
            json.WriteEndArray();
            json.WriteString("header", result.Header.ToString());
            if (result.Service is { } service) json.WriteString("service", service.ToString()); else json.WriteNull("service");
            json.WritePropertyName("forward");
            WriteHops(json, result.Forward);
            json.WritePropertyName("return");
            if (result.Return is { } back) WriteHops(json, back); else json.WriteNullValue();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteHops(Utf8JsonWriter json, Traces.Trace trace)
    {
        json.WriteStartArray();
        foreach (var hop in trace.Hops)
        {
            json.WriteStartObject();
            json.WriteString("component", hop.Component.Id);
            json.WriteString("kind", hop.Component.Kind.ToWireName());
            json.WriteStartArray("steps");
            foreach (var step in hop.Steps) WriteStep(json, step);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteStep(Utf8JsonWriter json, TraceStep step)
    {
        json.WriteStartObject();
        json.WriteString("type", StepType(step));
        json.WriteString("text", step.Text);
        if (step.Code is { } code) json.WriteString("code", code.Value);
        if (!step.Location.IsNone) json.WriteString("location", step.Location.ToString());
        // A drop decided by a route or filter rule carries that rule's fields (one step per decision).
        switch (step is DropStep { Decision: { } decision } ? decision : step)
        {
            case RouteStep route:
                json.WriteString("route_table", route.RouteTable);
                json.WriteString("destination", route.Destination.ToString());
                json.WriteString("target", route.Target);
                break;
            case FilterStep filter:
                json.WriteString("filter", filter.Filter);
                json.WriteString("filter_kind", filter.FilterKind.ToWireName());
                json.WriteString("direction", filter.Direction.ToString().ToLowerInvariant());
                json.WriteString("action", filter.Action.ToString().ToLowerInvariant());
                if (filter.RuleNumber is { } number) json.WriteNumber("rule_number", number);
                break;
            case TransformStep transform:
                WriteHeader(json, "before", transform.Before);
                WriteHeader(json, "after", transform.After);
                break;
        }
        json.WriteEndObject();
    }

    private static void WriteHeader(Utf8JsonWriter json, string name, PacketHeader header)
    {
        json.WriteStartObject(name);
        json.WriteString("source", header.Source.ToString());
        json.WriteString("destination", header.Destination.ToString());
        json.WriteString("protocol", header.Protocol.ToString());
        json.WriteNumber("source_port", header.SourcePort);
        json.WriteNumber("destination_port", header.DestinationPort);
        json.WriteEndObject();
    }

    public static string StepType(TraceStep step) => step switch
    {
        RouteStep => "route",
        FilterStep => "filter",
        TransformStep => "transform",
        DropStep => "drop",
        _ => "check",
    };
}
