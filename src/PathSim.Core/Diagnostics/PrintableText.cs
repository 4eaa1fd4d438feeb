using System.Globalization;
using System.Text;

namespace PathSim.Diagnostics;

/// <summary>
/// Text from the user's input made safe to print: control characters and bidirectional overrides are
/// written as <c>\uXXXX</c>, so an id or a value cannot rewrite a terminal line, colour the screen or
/// make a CI log read backwards. Diagnostic messages use it for their arguments; the CLI's output
/// writers use it for everything they print.
/// </summary>
public static class PrintableText
{
    public static string Escape(string text)
    {
        if (!text.Any(IsUnsafe)) return text;
        var builder = new StringBuilder(text.Length + 8);
        foreach (char c in text) Append(builder, c);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="c"/>, or its <c>\uXXXX</c> form when it is unsafe.</summary>
    public static void Append(StringBuilder builder, char c)
    {
        if (IsUnsafe(c)) builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        else builder.Append(c);
    }

    /// <summary>C0 and C1 controls (newline and tab included: callers that print lines pass those through themselves) and the bidi marks, embeddings, overrides and isolates.</summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
