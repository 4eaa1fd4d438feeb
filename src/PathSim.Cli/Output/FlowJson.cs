using System.Text.Json;
using PathSim.Redshift;

namespace PathSim.Cli.Output;

/// <summary>
/// The JSON of a flow's hop and blocker, one shape wherever a flow is written (check, whatif, diff), as
/// TOPOLOGY.md names the fields: <c>{component, kind, rule, direction, passed[, partial][, location]}</c>
/// and <c>{component, kind, rule, fix[, location]}</c>; null writes <c>null</c>.
/// </summary>
public static class FlowJson
{
    public static void WriteHop(Utf8JsonWriter json, FlowHop? hop)
    {
        if (hop is null)
        {
            json.WriteNullValue();
            return;
        }
        json.WriteStartObject();
        json.WriteString("component", hop.Component);
        json.WriteString("kind", hop.Kind);
        json.WriteString("rule", hop.Rule);
        json.WriteString("direction", hop.Direction == PathDirection.Forward ? "forward" : "return");
        json.WriteBoolean("passed", hop.Passed);
        if (hop.Partial) json.WriteBoolean("partial", true);
        if (!hop.Location.IsNone) json.WriteString("location", hop.Location.ToString());
        json.WriteEndObject();
    }

    public static void WriteBlocker(Utf8JsonWriter json, FlowBlocker? blocker)
    {
        if (blocker is null)
        {
            json.WriteNullValue();
            return;
        }
        json.WriteStartObject();
        json.WriteString("component", blocker.Component);
        json.WriteString("kind", blocker.Kind);
        json.WriteString("rule", blocker.Rule);
        json.WriteString("fix", blocker.Fix);
        if (!blocker.Location.IsNone) json.WriteString("location", blocker.Location.ToString());
        json.WriteEndObject();
    }
}
