using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PathSim.Addressing;

/// <summary>
/// A CIDR block. Invariant: the host bits of <see cref="Network"/> are zero, so two prefixes that
/// cover the same addresses are equal and <see cref="ToString"/> round-trips.
/// </summary>
public readonly struct Ipv4Prefix : IEquatable<Ipv4Prefix>, IComparable<Ipv4Prefix>
{
    private Ipv4Prefix(Ipv4Address network, int length)
    {
        Network = network;
        Length = length;
    }

    public Ipv4Address Network { get; }

    /// <summary>Prefix length, 0–32.</summary>
    public int Length { get; }

    public static Ipv4Prefix Any => new(Ipv4Address.MinValue, 0);

    public uint Mask => Length == 0 ? 0u : uint.MaxValue << (32 - Length);
    public Ipv4Address First => Network;
    public Ipv4Address Last => new(Network.Value | ~Mask);

    /// <summary>Number of addresses covered, as a long so /0 fits.</summary>
    public long Size => 1L << (32 - Length);

    /// <summary>Makes a prefix, zeroing the host bits of <paramref name="address"/>.</summary>
    public static Ipv4Prefix Create(Ipv4Address address, int length)
    {
        if (length is < 0 or > 32) throw new ArgumentOutOfRangeException(nameof(length));
        uint mask = length == 0 ? 0u : uint.MaxValue << (32 - length);
        return new Ipv4Prefix(new Ipv4Address(address.Value & mask), length);
    }

    public static Ipv4Prefix Host(Ipv4Address address) => new(address, 32);

    public static Ipv4Prefix Parse(string text) =>
        TryParse(text, out var prefix) ? prefix : throw new FormatException($"'{text}' is not an IPv4 CIDR block.");

    /// <summary>
    /// Parses <c>a.b.c.d/n</c>. Host bits set (<c>10.0.0.1/16</c>) are rejected, as AWS rejects them;
    /// use <see cref="TryParseLenient"/> to accept and zero them.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Ipv4Prefix prefix)
    {
        if (!TryParseLenient(text, out prefix)) return false;
        return text!.AsSpan()[..text.IndexOf('/')].SequenceEqual(prefix.Network.ToString());
    }

    public static bool TryParseLenient([NotNullWhen(true)] string? text, out Ipv4Prefix prefix)
    {
        prefix = default;
        if (string.IsNullOrEmpty(text)) return false;
        int slash = text.IndexOf('/');
        if (slash < 0) return false;
        if (!Ipv4Address.TryParse(text[..slash], out var address)) return false;
        var lengthText = text.AsSpan(slash + 1);
        if (lengthText.Length is 0 or > 2) return false;
        foreach (var c in lengthText) if (c is < '0' or > '9') return false;
        int length = int.Parse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture);
        if (length > 32) return false;
        prefix = Create(address, length);
        return true;
    }

    public bool Contains(Ipv4Address address) => (address.Value & Mask) == Network.Value;

    public bool Contains(Ipv4Prefix other) => other.Length >= Length && Contains(other.Network);

    public bool Overlaps(Ipv4Prefix other) => Contains(other.Network) || other.Contains(Network);

    public override string ToString() => $"{Network}/{Length.ToString(CultureInfo.InvariantCulture)}";

    public bool Equals(Ipv4Prefix other) => Network == other.Network && Length == other.Length;
    public override bool Equals(object? obj) => obj is Ipv4Prefix other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(Network.Value, Length);

    /// <summary>By network address, then shorter prefix first.</summary>
    public int CompareTo(Ipv4Prefix other)
    {
        int c = Network.CompareTo(other.Network);
        return c != 0 ? c : Length.CompareTo(other.Length);
    }

    public static bool operator ==(Ipv4Prefix a, Ipv4Prefix b) => a.Equals(b);
    public static bool operator !=(Ipv4Prefix a, Ipv4Prefix b) => !a.Equals(b);
}
