using System.Globalization;

namespace PathSim.Generation;

/// <summary>
/// The named sizes of a generated organisation (issue 6): S = 10 VPCs, M = 100, L = 1,000
/// (about 10,000 subnets, 100,000 routes and rules, 1,000 Redshift clusters).
/// </summary>
public static class OrganisationSize
{
    public const int Small = 10;
    public const int Medium = 100;
    public const int Large = 1_000;

    /// <summary>Each VPC gets its own /20 of 10.0.0.0/8, so peered VPCs never overlap; that allows 4,096.</summary>
    public const int MaxVpcs = 4_096;

    /// <summary>Reads <c>S</c>, <c>M</c>, <c>L</c> (any case) or a VPC count from 1 to <see cref="MaxVpcs"/>.</summary>
    public static bool TryParse(string? text, out int vpcCount)
    {
        vpcCount = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        vpcCount = text.ToUpperInvariant() switch
        {
            "S" => Small,
            "M" => Medium,
            "L" => Large,
            _ => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n is >= 1 and <= MaxVpcs ? n : 0,
        };
        return vpcCount > 0;
    }
}
