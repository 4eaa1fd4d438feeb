using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PathSim.Aws.Snapshots;

/// <summary>
/// JsonDocument reports where a syntax error is (line and byte) but not the JSON path; this re-reads the
/// bytes up to the error with a path stack, so the diagnostic can say <c>$.Subnets[3].Tags</c> (PS6101).
/// </summary>
internal static class JsonErrorPath
{
    public static string Find(byte[] json, JsonReaderOptions options)
    {
        // Each frame: a property name (objects) or the index of the next element (arrays).
        var frames = new List<(bool IsArray, string Name, int Index)>();
        string? pendingName = null;
        var reader = new Utf8JsonReader(json, options);
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = reader.GetString();
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        Enter(frames, ref pendingName);
                        frames.Add((reader.TokenType == JsonTokenType.StartArray, "", 0));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        Advance(frames);
                        pendingName = null;
                        break;
                    default:
                        Advance(frames);
                        pendingName = null;
                        break;
                }
            }
        }
        catch (JsonException)
        {
        }
        if (pendingName is not null) Enter(frames, ref pendingName);
        return Render(frames);
    }

    private static void Enter(List<(bool IsArray, string Name, int Index)> frames, ref string? pendingName)
    {
        if (frames.Count > 0 && !frames[^1].IsArray && pendingName is not null)
            frames[^1] = frames[^1] with { Name = pendingName };
        pendingName = null;
    }

    private static void Advance(List<(bool IsArray, string Name, int Index)> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray) frames[^1] = frames[^1] with { Index = frames[^1].Index + 1 };
    }

    private static string Render(List<(bool IsArray, string Name, int Index)> frames)
    {
        var path = new StringBuilder("$");
        for (int i = 0; i < frames.Count; i++)
        {
            var frame = frames[i];
            bool last = i == frames.Count - 1;
            if (frame.IsArray) path.Append('[').Append(frame.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            else if (frame.Name.Length > 0) path.Append('.').Append(frame.Name);
            else if (!last) break;
        }
        return path.ToString();
    }
}
