using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;

namespace PathSim.Aws.Tests.Live;

/// <summary>
/// Writes describe-* JSON (the AWS CLI's shape, as snapshots hold it) as the EC2 Query API's XML response
/// (the shapes of real-inputs/aws-ec2-api-reference), so the real SDK can be served the same resources a
/// snapshot holds. Only the naming differences the readers' fields meet are mapped.
/// </summary>
internal static class DescribeXml
{
    public const string Namespace = "http://ec2.amazonaws.com/doc/2016-11-15/";

    /// <summary>Action → the CLI's top-level key and the XML list element.</summary>
    public static readonly IReadOnlyDictionary<string, (string Key, string Set)> Actions = new Dictionary<string, (string, string)>
    {
        ["DescribeVpcs"] = ("Vpcs", "vpcSet"),
        ["DescribeSubnets"] = ("Subnets", "subnetSet"),
        ["DescribeRouteTables"] = ("RouteTables", "routeTableSet"),
        ["DescribeNetworkAcls"] = ("NetworkAcls", "networkAclSet"),
        ["DescribeSecurityGroups"] = ("SecurityGroups", "securityGroupInfo"),
        ["DescribeNetworkInterfaces"] = ("NetworkInterfaces", "networkInterfaceSet"),
        ["DescribeInstances"] = ("Reservations", "reservationSet"),
        ["DescribeInternetGateways"] = ("InternetGateways", "internetGatewaySet"),
        ["DescribeNatGateways"] = ("NatGateways", "natGatewaySet"),
        ["DescribeVpcEndpoints"] = ("VpcEndpoints", "vpcEndpointSet"),
        ["DescribePrefixLists"] = ("PrefixLists", "prefixListSet"),
        ["DescribeManagedPrefixLists"] = ("ManagedPrefixLists", "prefixListSet"),
        ["DescribeVpcPeeringConnections"] = ("VpcPeeringConnections", "vpcPeeringConnectionSet"),
        ["DescribeAddresses"] = ("Addresses", "addressesSet"),
        ["GetManagedPrefixListEntries"] = ("Entries", "entrySet"),
    };

    private static readonly Dictionary<string, string> ListNames = new(StringComparer.Ordinal)
    {
        ["Routes"] = "routeSet",
        ["Associations"] = "associationSet",
        ["Entries"] = "entrySet",
        ["UserIdGroupPairs"] = "groups",
        ["Groups"] = "groupSet",
        ["PrivateIpAddresses"] = "privateIpAddressesSet",
        ["Ipv6Addresses"] = "ipv6AddressesSet",
        ["Instances"] = "instancesSet",
        ["NetworkInterfaces"] = "networkInterfaceSet",
        ["Attachments"] = "attachmentSet",
        ["NatGatewayAddresses"] = "natGatewayAddressSet",
        ["RouteTableIds"] = "routeTableIdSet",
        ["SubnetIds"] = "subnetIdSet",
        ["NetworkInterfaceIds"] = "networkInterfaceIdSet",
        ["Cidrs"] = "cidrSet",
        ["Tags"] = "tagSet",
        ["TagSet"] = "tagSet",
        ["DnsEntries"] = "dnsEntrySet",
        ["PropagatingVgws"] = "propagatingVgwSet",
    };

    public static string Response(string action, IEnumerable<JsonElement> items, string? nextToken)
    {
        var (key, set) = Actions[action];
        return Document(action, w =>
        {
            w.WriteStartElement(set, Namespace);
            foreach (var item in items)
            {
                w.WriteStartElement("item", Namespace);
                WriteObject(w, item, key);
                w.WriteEndElement();
            }
            w.WriteEndElement();
            if (nextToken is not null) w.WriteElementString("nextToken", Namespace, nextToken);
        });
    }

    public static string VpcAttribute(string vpcId, string attribute, bool value) => Document("DescribeVpcAttribute", w =>
    {
        w.WriteElementString("vpcId", Namespace, vpcId);
        w.WriteStartElement(attribute, Namespace);
        w.WriteElementString("value", Namespace, value ? "true" : "false");
        w.WriteEndElement();
    });

    private static string Document(string action, Action<XmlWriter> body)
    {
        var text = new StringBuilder();
        using (var w = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            w.WriteStartElement(action + "Response", Namespace);
            w.WriteElementString("requestId", Namespace, "fake-request");
            body(w);
            w.WriteEndElement();
        }
        return text.ToString();
    }

    private static void WriteObject(XmlWriter w, JsonElement obj, string context)
    {
        foreach (var property in obj.EnumerateObject())
        {
            // Timestamps are printed differently by the CLI; the readers do not use them.
            if (property.Name.EndsWith("Time", StringComparison.Ordinal) || property.Name.EndsWith("Timestamp", StringComparison.Ordinal)) continue;
            if (property.Value.ValueKind == JsonValueKind.Null) continue;
            WriteValue(w, ElementName(context, property.Name, property.Value.ValueKind), property.Value, context);
        }
    }

    private static void WriteValue(XmlWriter w, string element, JsonElement value, string context)
    {
        w.WriteStartElement(element, Namespace);
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(w, value, context);
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object)
                    {
                        w.WriteStartElement("item", Namespace);
                        WriteObject(w, item, context);
                        w.WriteEndElement();
                    }
                    else w.WriteElementString("item", Namespace, Scalar(item));
                }
                break;
            default:
                w.WriteString(Scalar(value));
                break;
        }
        w.WriteEndElement();
    }

    private static string ElementName(string context, string name, JsonValueKind kind) => (context, name) switch
    {
        ("NetworkAcls", "IsDefault") => "default",
        ("Reservations", "State") => "instanceState",
        _ when kind == JsonValueKind.Array && ListNames.TryGetValue(name, out var list) => list,
        _ => char.ToLowerInvariant(name[0]) + name[1..],
    };

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
