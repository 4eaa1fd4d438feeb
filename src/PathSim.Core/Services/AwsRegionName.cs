using System.Text.RegularExpressions;
using PathSim.Diagnostics;

namespace PathSim.Services;

/// <summary>
/// What a region name may be. A name that is not shaped like one (<c>us-east1</c>, junk with control
/// characters) is an error; a well-formed name missing from the built-in ip-ranges.json data
/// (<see cref="ServiceAddressCatalog.BuiltIn"/>, dated in its header) is only a warning, because AWS
/// opens regions after that data was taken.
/// </summary>
public static partial class AwsRegionName
{
    /// <summary>The regions of the built-in ip-ranges.json data, sorted.</summary>
    public static IReadOnlyList<string> Known => KnownRegions.Value;

    private static readonly Lazy<string[]> KnownRegions = new(() => [.. ServiceAddressCatalog.BuiltIn.Regions]);

    /// <summary>us-east-1, eu-central-2, us-gov-west-1, ap-southeast-4, cn-north-1 …: lower-case words joined by '-', then a number.</summary>
    public static bool IsWellFormed(string name) => Pattern().IsMatch(name);

    public static bool IsKnown(string name) => KnownRegions.Value.Contains(name, StringComparer.Ordinal);

    /// <summary><c> (did you mean us-east-1?)</c> for a near miss of a known region, else empty: the tail of PS2111 and PS4007.</summary>
    public static string DidYouMean(string name) =>
        NameSuggestion.Closest(name, KnownRegions.Value) is { } near ? $" (did you mean {near}?)" : "";

    /// <summary>
    /// The diagnostic a region name earns, or null when it is a known region: PS2111 (error) for a name
    /// not shaped like a region, PS4007 (warning) for a well-formed one outside the built-in data.
    /// </summary>
    public static Diagnostic? Check(string name, SourceLocation at)
    {
        if (IsKnown(name)) return null;
        return IsWellFormed(name)
            ? Diagnostic.Create(DiagnosticDescriptors.UnknownRegion, at, name, DidYouMean(name), DataDate)
            : Diagnostic.Create(DiagnosticDescriptors.InvalidRegion, at, name, DidYouMean(name));
    }

    /// <summary>The day of the built-in data (ip-ranges.json createDate 2022-06-12-21-03-06 → 2022-06-12).</summary>
    private static string DataDate => ServiceAddressCatalog.BuiltIn.CreateDate is { Length: >= 10 } date ? date[..10] : "unknown date";

    [GeneratedRegex(@"^[a-z]{2}(-[a-z]+)+-\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
