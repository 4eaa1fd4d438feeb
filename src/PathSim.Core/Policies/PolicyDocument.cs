using PathSim.Collections;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Policies;

/// <summary>A parsed IAM policy (endpoint policy or bucket policy), with the text it came from.</summary>
public sealed record PolicyDocument
{
    /// <summary><c>2012-10-17</c>, <c>2008-10-17</c>, or null when the document has no Version.</summary>
    public string? Version { get; init; }
    public string? Id { get; init; }
    public required ValueArray<PolicyStatement> Statements { get; init; }
    public required PolicyText Source { get; init; }

    /// <summary>
    /// Parses the IAM policy grammar. Never throws on user input: every problem becomes a PS2107
    /// diagnostic at <see cref="PolicyText.Location"/> naming the JSON path; when there is any, the
    /// result has no document.
    /// </summary>
    public static PolicyParseResult Parse(PolicyText text) => PolicyParser.Parse(text);
}
