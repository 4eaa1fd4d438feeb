using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PathSim.Addressing;

/// <summary>
/// An IP protocol number, or <see cref="All"/> (AWS's <c>-1</c>) in a rule. A packet always has a
/// concrete protocol; only rules use <see cref="All"/>.
/// </summary>
public readonly struct IpProtocol : IEquatable<IpProtocol>
{
    private readonly short _number;   // -1 = all

    private IpProtocol(short number) => _number = number;

    public static IpProtocol All => new(-1);
    public static IpProtocol Icmp => new(1);
    public static IpProtocol Tcp => new(6);
    public static IpProtocol Udp => new(17);

    public static IpProtocol FromNumber(int number) =>
        number is >= 0 and <= 255 ? new((short)number) : throw new ArgumentOutOfRangeException(nameof(number));

    /// <summary>-1 for <see cref="All"/>, else 0–255.</summary>
    public int Number => _number;
    public bool IsAll => _number == -1;

    /// <summary>Whether ports mean anything for this protocol (TCP and UDP).</summary>
    public bool HasPorts => _number is 6 or 17;

    public bool Matches(IpProtocol packetProtocol) => IsAll || _number == packetProtocol._number;

    public static IpProtocol Parse(string text) =>
        TryParse(text, out var p) ? p : throw new FormatException($"'{text}' is not a protocol.");

    /// <summary>Accepts tcp, udp, icmp, all, -1 and 0–255 (case-insensitive).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out IpProtocol protocol)
    {
        protocol = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        switch (text.Trim().ToLowerInvariant())
        {
            case "tcp": protocol = Tcp; return true;
            case "udp": protocol = Udp; return true;
            case "icmp": protocol = Icmp; return true;
            case "all" or "-1": protocol = All; return true;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n <= 255)
        {
            protocol = FromNumber(n);
            return true;
        }
        return false;
    }

    public override string ToString() => _number switch
    {
        -1 => "all",
        1 => "icmp",
        6 => "tcp",
        17 => "udp",
        _ => _number.ToString(CultureInfo.InvariantCulture),
    };

    public bool Equals(IpProtocol other) => _number == other._number;
    public override bool Equals(object? obj) => obj is IpProtocol other && Equals(other);
    public override int GetHashCode() => _number;
    public static bool operator ==(IpProtocol a, IpProtocol b) => a._number == b._number;
    public static bool operator !=(IpProtocol a, IpProtocol b) => a._number != b._number;
}
