using System.Text.Encodings.Web;
using System.Text.Json;
using PathSim.Network;
using PathSim.Solver.Symbolic;
using PathSim.Solver.Symbolic.PacketSets;

namespace PathSim.Cli.Reach;

/// <summary>
/// The reach partition as JSON: <c>{"topology", "sources": [{"source", "private_ip", "subnet", "vpc",
/// "classes": [{"outcome", "target", "via", "at", "code", "rule", "reply", "packets": [boxes]}]}]}</c>.
/// </summary>
public static class ReachJsonRenderer
{
    public static void Render(string topology, IReadOnlyList<ReachabilityReport> reports, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("topology", topology);
            json.WriteStartArray("sources");
            foreach (var report in reports)
            {
                json.WriteStartObject();
                json.WriteString("source", report.Source.Id.Value);
                json.WriteString("private_ip", report.Source.PrivateIp.ToString());
                json.WriteString("subnet", report.Source.Subnet.Value);
                json.WriteString("vpc", report.Source.Vpc.Value);
                json.WriteStartArray("classes");
                foreach (var c in ReachCommand.Ordered(report)) WriteClass(json, c);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteClass(Utf8JsonWriter json, ReachClass c)
    {
        var o = c.Outcome;
        json.WriteStartObject();
        json.WriteString("outcome", o.Disposition.ToWireName());
        WriteNullable(json, "target", o.Target);
        WriteNullable(json, "via", o.Via);
        WriteComponent(json, "at", o.At);
        WriteNullable(json, "code", o.Code?.Value);
        WriteNullable(json, "rule", o.Rule);
        if (o.Reply is { } reply)
        {
            json.WriteStartObject("reply");
            json.WriteString("disposition", reply.Disposition.ToWireName());
            WriteComponent(json, "at", reply.At);
            WriteNullable(json, "code", reply.Code?.Value);
            WriteNullable(json, "rule", reply.Rule);
            json.WriteEndObject();
        }
        else json.WriteNull("reply");
        json.WriteStartArray("packets");
        foreach (var box in c.Boxes) WriteBox(json, box);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteBox(Utf8JsonWriter json, PacketBox box)
    {
        json.WriteStartObject();
        json.WriteString("protocol", box.ProtocolText);
        json.WriteString("source", PacketBox.Format(box.Source));
        json.WriteString("destination", PacketBox.Format(box.Destination));
        json.WriteString("source_ports", box.SourcePorts.ToString());
        json.WriteString("destination_ports", box.DestinationPorts.ToString());
        json.WriteEndObject();
    }

    private static void WriteComponent(Utf8JsonWriter json, string name, ComponentRef? component)
    {
        if (component is not { } c)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteString("kind", c.Kind.ToWireName());
        json.WriteString("id", c.Id);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null) json.WriteNull(name); else json.WriteString(name, value);
    }
}
