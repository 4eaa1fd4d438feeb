using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PathSim.Addressing;

/// <summary>An inclusive range of TCP/UDP ports, 0–65535. Invariant: From ≤ To.</summary>
public readonly struct PortRange : IEquatable<PortRange>, IComparable<PortRange>
{
    public PortRange(int from, int to)
    {
        if (from is < 0 or > 65535) throw new ArgumentOutOfRangeException(nameof(from));
        if (to is < 0 or > 65535 || to < from) throw new ArgumentOutOfRangeException(nameof(to));
        From = (ushort)from;
        To = (ushort)to;
    }

    public ushort From { get; }
    public ushort To { get; }

    public static PortRange All => new(0, 65535);
    public static PortRange Single(int port) => new(port, port);

    /// <summary>Ephemeral ports a NAT gateway uses as sources (AWS-RULES.md G2, F3).</summary>
    public static PortRange NatGatewayEphemeral => new(1024, 65535);

    /// <summary>Default Linux ephemeral range, used for clients such as Redshift nodes (F3; assumption).</summary>
    public static PortRange LinuxEphemeral => new(32768, 60999);

    public bool IsAll => From == 0 && To == 65535;
    public int Count => To - From + 1;

    public bool Contains(int port) => port >= From && port <= To;
    public bool Contains(PortRange other) => other.From >= From && other.To <= To;
    public bool Overlaps(PortRange other) => other.From <= To && From <= other.To;

    public static PortRange Parse(string text) =>
        TryParse(text, out var range) ? range : throw new FormatException($"'{text}' is not a port or port range.");

    /// <summary>Accepts <c>443</c> and <c>1024-65535</c>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PortRange range)
    {
        range = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        int dash = text.IndexOf('-');
        if (dash < 0)
        {
            if (!TryParsePort(text, out int port)) return false;
            range = Single(port);
            return true;
        }
        if (!TryParsePort(text[..dash].Trim(), out int from) || !TryParsePort(text[(dash + 1)..].Trim(), out int to) || to < from)
            return false;
        range = new PortRange(from, to);
        return true;
    }

    private static bool TryParsePort(string text, out int port) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= 65535;

    public override string ToString() => From == To
        ? From.ToString(CultureInfo.InvariantCulture)
        : $"{From.ToString(CultureInfo.InvariantCulture)}-{To.ToString(CultureInfo.InvariantCulture)}";

    public bool Equals(PortRange other) => From == other.From && To == other.To;
    public override bool Equals(object? obj) => obj is PortRange other && Equals(other);
    public override int GetHashCode() => (From << 16) | To;
    public int CompareTo(PortRange other)
    {
        int c = From.CompareTo(other.From);
        return c != 0 ? c : To.CompareTo(other.To);
    }
    public static bool operator ==(PortRange a, PortRange b) => a.Equals(b);
    public static bool operator !=(PortRange a, PortRange b) => !a.Equals(b);
}
