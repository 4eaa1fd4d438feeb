using System.Globalization;
using PathSim.Addressing;
using PathSim.Yaml.Syntax;
using static PathSim.Diagnostics.DiagnosticDescriptors;

namespace PathSim.Yaml.Schema;

/// <summary>Typed values from scalar nodes; each reports its own diagnostic at the node and returns null on failure.</summary>
internal static class ScalarParsers
{
    public static bool? Bool(ReadContext ctx, YamlNode node, string key)
    {
        switch (node.Value)
        {
            case "true" or "True" or "TRUE": return true;
            case "false" or "False" or "FALSE": return false;
        }
        ctx.Report(WrongType, node, key, "true or false");
        return null;
    }

    public static int? Int(ReadContext ctx, YamlNode node, string key)
    {
        if (int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n)) return n;
        ctx.Report(WrongType, node, key, "an integer");
        return null;
    }

    public static Ipv4Prefix? Cidr(ReadContext ctx, YamlNode node) => Cidr(ctx, node, "");

    /// <summary>A CIDR as AWS accepts it; host bits set is an error that names the block meant.</summary>
    public static Ipv4Prefix? Cidr(ReadContext ctx, YamlNode node, string alternatives)
    {
        if (Ipv4Prefix.TryParse(node.Value, out var prefix)) return prefix;
        string hint = !Ipv4Prefix.TryParseLenient(node.Value, out var lenient) ? alternatives
            : HostBitsSet(node.Value, lenient) ? $"; host bits are set (did you mean {lenient}?)"
            : $"; an octet has leading zeros (write {lenient})";
        ctx.Report(InvalidCidr, node, node.Value, hint);
        return null;
    }

    /// <summary>A block the lenient parse accepted is refused either for host bits or for a non-canonical octet (<c>0.0.0.000/0</c>).</summary>
    private static bool HostBitsSet(string text, Ipv4Prefix lenient) =>
        Ipv4Address.TryParse(text[..text.IndexOf('/')], out var address) && address != lenient.Network;

    public static Ipv4Address? Address(ReadContext ctx, YamlNode node)
    {
        if (Ipv4Address.TryParse(node.Value, out var address)) return address;
        ctx.Report(InvalidIpAddress, node, node.Value);
        return null;
    }

    public static IpProtocol? Protocol(ReadContext ctx, YamlNode node)
    {
        if (IpProtocol.TryParse(node.Value, out var protocol)) return protocol;
        ctx.Report(InvalidProtocol, node, node.Value);
        return null;
    }

    public static PortRange? Ports(ReadContext ctx, YamlNode node)
    {
        if (PortRange.TryParse(node.Value, out var range)) return range;
        ctx.Report(InvalidPort, node, node.Value);
        return null;
    }

    public static T? Enum<T>(ReadContext ctx, YamlNode node, EnumNames<T> names) where T : struct
    {
        if (names.TryParse(node.Value, out var value)) return value;
        ctx.Report(InvalidValue, node, node.Value, names.Choices);
        return null;
    }

    /// <summary>IPv6 values (a ':' in the text) are read but not modelled: the caller warns (PS4003) and skips them.</summary>
    public static bool IsIpv6(YamlNode node) => node.IsScalar && node.Value.Contains(':', StringComparison.Ordinal);
}
