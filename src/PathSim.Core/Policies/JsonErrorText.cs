using System.Text.Json;

namespace PathSim.Policies;

/// <summary>
/// A System.Text.Json parse error in pathsim's words: <c>malformed JSON (JSON line 1, byte 2): 'n' is an invalid start of a
/// property name. Expected a '"'</c>. The library appends "Path: … | LineNumber: 0 | BytePositionInLine: 1." (0-based) to
/// its messages; that tail is dropped and the position given once, counted from 1.
/// </summary>
public static class JsonErrorText
{
    public static string Describe(JsonException e)
    {
        string message = e.Message;
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        message = (cut < 0 ? message : message[..cut]).TrimEnd().TrimEnd('.');
        string where = e.LineNumber is long line ? $" (JSON line {line + 1}, byte {e.BytePositionInLine + 1})" : "";
        return $"malformed JSON{where}: {message}";
    }
}
