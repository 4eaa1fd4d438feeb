using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PathSim.Addressing;

/// <summary>An IPv4 address packed into 32 bits; ordering is numeric.</summary>
public readonly struct Ipv4Address : IEquatable<Ipv4Address>, IComparable<Ipv4Address>
{
    public Ipv4Address(uint value) => Value = value;

    public uint Value { get; }

    public static Ipv4Address MinValue => new(0);
    public static Ipv4Address MaxValue => new(uint.MaxValue);

    public static Ipv4Address Parse(string text) =>
        TryParse(text, out var address) ? address : throw new FormatException($"'{text}' is not an IPv4 address.");

    /// <summary>Dotted quad only: four decimal octets 0–255, no leading '+', no whitespace.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Ipv4Address address)
    {
        address = default;
        if (string.IsNullOrEmpty(text)) return false;
        var span = text.AsSpan();
        uint value = 0;
        for (int octet = 0; octet < 4; octet++)
        {
            int dot = span.IndexOf('.');
            var part = octet < 3 ? (dot < 0 ? default : span[..dot]) : span;
            if (octet < 3 && dot < 0) return false;
            if (part.Length is 0 or > 3) return false;
            foreach (var c in part) if (c is < '0' or > '9') return false;
            int n = int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
            if (n > 255) return false;
            value = (value << 8) | (uint)n;
            if (octet < 3) span = span[(dot + 1)..];
        }
        address = new Ipv4Address(value);
        return true;
    }

    public override string ToString() =>
        $"{Value >> 24}.{(Value >> 16) & 0xFF}.{(Value >> 8) & 0xFF}.{Value & 0xFF}";

    public bool Equals(Ipv4Address other) => Value == other.Value;
    public override bool Equals(object? obj) => obj is Ipv4Address other && Equals(other);
    public override int GetHashCode() => (int)Value;
    public int CompareTo(Ipv4Address other) => Value.CompareTo(other.Value);

    public static bool operator ==(Ipv4Address a, Ipv4Address b) => a.Value == b.Value;
    public static bool operator !=(Ipv4Address a, Ipv4Address b) => a.Value != b.Value;
    public static bool operator <(Ipv4Address a, Ipv4Address b) => a.Value < b.Value;
    public static bool operator >(Ipv4Address a, Ipv4Address b) => a.Value > b.Value;
    public static bool operator <=(Ipv4Address a, Ipv4Address b) => a.Value <= b.Value;
    public static bool operator >=(Ipv4Address a, Ipv4Address b) => a.Value >= b.Value;
}
