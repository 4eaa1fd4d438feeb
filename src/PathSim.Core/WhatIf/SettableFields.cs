using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;
using PathSim.Services;
using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>
/// The fields a <see cref="SetField"/> edit can change, per kind, named as in the topology file
/// (TOPOLOGY.md). Each setter parses the value itself, so a bad value is a message, never an exception.
/// Structured fields (routes, rules, bucket uses) change through their own edits or a replace.
/// </summary>
public static class SettableFields
{
    private delegate string? Setter(ref object record, FieldValue value, SourceLocation location);

    private static readonly Dictionary<ResourceKind, Dictionary<string, Setter>> Fields = new()
    {
        [ResourceKind.Vpc] = new()
        {
            ["enable_dns_support"] = Set<Vpc, bool>(ParseBool, (r, v) => r with { EnableDnsSupport = v }),
            ["enable_dns_hostnames"] = Set<Vpc, bool>(ParseBool, (r, v) => r with { EnableDnsHostnames = v }),
            ["cidrs"] = Set<Vpc, ValueArray<Ipv4Prefix>>(ParseCidrs, (r, v) => r with { Cidrs = v }),
        },
        [ResourceKind.Subnet] = new()
        {
            ["route_table"] = Set<Subnet, string?>(ParseOptionalId, (r, v) => r with { RouteTable = v is null ? null : new RouteTableId(v) }),
            ["network_acl"] = Set<Subnet, string?>(ParseOptionalId, (r, v) => r with { NetworkAcl = v is null ? null : new NetworkAclId(v) }),
            ["map_public_ip_on_launch"] = Set<Subnet, bool>(ParseBool, (r, v) => r with { MapPublicIpOnLaunch = v }),
        },
        [ResourceKind.RouteTable] = new()
        {
            ["main"] = Set<RouteTable, bool>(ParseBool, (r, v) => r with { IsMain = v }),
        },
        [ResourceKind.InternetGateway] = new()
        {
            ["vpc"] = Set<InternetGateway, string?>(ParseOptionalId, (r, v) => r with { Vpc = v is null ? null : new VpcId(v) }),
        },
        [ResourceKind.NatGateway] = new()
        {
            ["subnet"] = Set<NatGateway, string>(ParseId, (r, v) => r with { Subnet = new SubnetId(v) }),
            ["connectivity"] = Set<NatGateway, NatGatewayConnectivity>(ParseEnum<NatGatewayConnectivity>, (r, v) => r with { Connectivity = v }),
            ["private_ip"] = Set<NatGateway, Ipv4Address?>(ParseOptionalIp, (r, v) => r with { PrivateIp = v }),
            ["public_ip"] = Set<NatGateway, Ipv4Address?>(ParseOptionalIp, (r, v) => r with { PublicIp = v }),
        },
        [ResourceKind.VpcEndpoint] = new()
        {
            ["private_dns"] = Set<VpcEndpoint, bool>(ParseBool, (r, v) => r with { PrivateDns = v }),
            ["route_tables"] = Set<VpcEndpoint, ValueArray<string>>(ParseIds, (r, v) => r with { RouteTables = v.Select(id => new RouteTableId(id)).ToValueArray() }),
            ["subnets"] = Set<VpcEndpoint, ValueArray<string>>(ParseIds, (r, v) => r with { Subnets = v.Select(id => new SubnetId(id)).ToValueArray() }),
            ["security_groups"] = Set<VpcEndpoint, ValueArray<string>>(ParseIds, (r, v) => r with { SecurityGroups = v.Select(id => new SecurityGroupId(id)).ToValueArray() }),
            ["policy"] = SetPolicy<VpcEndpoint>((r, v) => r with { Policy = v }),
        },
        [ResourceKind.VpcPeeringConnection] = new()
        {
            ["status"] = Set<VpcPeeringConnection, bool>(ParsePeeringStatus, (r, v) => r with { IsActive = v }),
        },
        [ResourceKind.PrefixList] = new()
        {
            ["cidrs"] = Set<PrefixList, ValueArray<Ipv4Prefix>>(ParseCidrs, (r, v) => r with { Cidrs = v }),
        },
        [ResourceKind.SecurityGroup] = new()
        {
            ["name"] = Set<SecurityGroup, string?>(ParseOptionalId, (r, v) => r with { Name = v }),
        },
        [ResourceKind.NetworkAcl] = new()
        {
            ["default"] = Set<NetworkAcl, bool>(ParseBool, (r, v) => r with { IsDefault = v }),
        },
        [ResourceKind.NetworkInterface] = new()
        {
            ["private_ip"] = Set<NetworkInterface, Ipv4Address?>(ParseRequiredIp, (r, v) => r with { PrivateIp = v!.Value }),
            ["public_ip"] = Set<NetworkInterface, Ipv4Address?>(ParseOptionalIp, (r, v) => r with { PublicIp = v }),
            ["security_groups"] = Set<NetworkInterface, ValueArray<string>>(ParseIds, (r, v) => r with { SecurityGroups = v.Select(id => new SecurityGroupId(id)).ToValueArray() }),
        },
        [ResourceKind.RedshiftCluster] = new()
        {
            ["enhanced_vpc_routing"] = Set<RedshiftCluster, bool>(ParseBool, (r, v) => r with { EnhancedVpcRouting = v }),
            ["publicly_accessible"] = Set<RedshiftCluster, bool>(ParseBool, (r, v) => r with { PubliclyAccessible = v }),
            ["elastic_ip"] = Set<RedshiftCluster, Ipv4Address?>(ParseOptionalIp, (r, v) => r with { ElasticIp = v }),
            ["deployment"] = Set<RedshiftCluster, RedshiftDeployment>(ParseEnum<RedshiftDeployment>, (r, v) => r with { Deployment = v }),
            ["node_type"] = Set<RedshiftCluster, string?>(ParseOptionalId, (r, v) => r with { NodeType = v }),
            ["catalog"] = Set<RedshiftCluster, DataCatalog>(ParseEnum<DataCatalog>, (r, v) => r with { Catalog = v }),
            ["subnets"] = Set<RedshiftCluster, ValueArray<string>>(ParseIds, (r, v) => r with { Subnets = v.Select(id => new SubnetId(id)).ToValueArray() }),
            ["security_groups"] = Set<RedshiftCluster, ValueArray<string>>(ParseIds, (r, v) => r with { SecurityGroups = v.Select(id => new SecurityGroupId(id)).ToValueArray() }),
        },
        [ResourceKind.S3Bucket] = new()
        {
            ["region"] = Set<S3Bucket, string>(ParseRegion, (r, v) => r with { Region = v }),
            ["policy"] = SetPolicy<S3Bucket>((r, v) => r with { Policy = v }),
        },
    };

    /// <summary>The field names a kind accepts, sorted, for messages and documentation.</summary>
    public static IReadOnlyList<string> Names(ResourceKind kind) =>
        Fields.TryGetValue(kind, out var fields) ? [.. fields.Keys.Order(StringComparer.Ordinal)] : [];

    /// <summary>Sets the field, or returns why not (an unknown field, a value of the wrong form) as <c>'FIELD': problem</c>.</summary>
    public static string? TrySet(TopologyResource resource, string field, FieldValue value, SourceLocation location, out TopologyResource updated)
    {
        updated = resource;
        if (!Fields.TryGetValue(resource.Kind, out var fields) || !fields.TryGetValue(field, out var setter))
        {
            var names = Names(resource.Kind);
            return names.Count == 0
                ? $"'{field}': a {resource.Kind.ToDisplayName()} has no field that 'set' can change"
                : $"'{field}': a {resource.Kind.ToDisplayName()} has no such settable field (settable: {string.Join(", ", names)})";
        }
        object record = resource.Value;
        if (setter(ref record, value, location) is { } error) return $"'{field}': {error}";
        updated = TopologyResources.Wrap(record);
        return null;
    }

    private delegate string? Parser<TValue>(FieldValue value, out TValue parsed);

    private static Setter Set<TRecord, TValue>(Parser<TValue> parse, Func<TRecord, TValue, TRecord> apply) =>
        (ref object record, FieldValue value, SourceLocation _) =>
        {
            if (parse(value, out var parsed) is { } error) return error;
            record = apply((TRecord)record, parsed)!;
            return null;
        };

    private static Setter SetPolicy<TRecord>(Func<TRecord, PolicyText?, TRecord> apply) =>
        (ref object record, FieldValue value, SourceLocation location) =>
        {
            if (value.Items is not null) return "must be a policy document as a JSON string, or null for full access";
            record = apply((TRecord)record, value.Text is null ? null : new PolicyText(value.Text, location))!;
            return null;
        };

    private static string? ParseBool(FieldValue value, out bool parsed)
    {
        parsed = false;
        if (value.Text is not { } text || !bool.TryParse(text, out parsed)) return "must be true or false";
        return null;
    }

    private static string? ParseId(FieldValue value, out string parsed)
    {
        parsed = value.Text ?? "";
        return string.IsNullOrWhiteSpace(value.Text) ? "must be a non-empty value" : null;
    }

    /// <summary>A region shaped like one (PS2111's rule); a well-formed region outside the built-in data is accepted.</summary>
    private static string? ParseRegion(FieldValue value, out string parsed)
    {
        parsed = value.Text ?? "";
        return value.Text is { } text && AwsRegionName.IsWellFormed(text) ? null : $"must be an AWS region name such as us-east-1{AwsRegionName.DidYouMean(parsed)}";
    }

    private static string? ParseOptionalId(FieldValue value, out string? parsed)
    {
        parsed = value.Text;
        if (value.Items is not null || value.Text is { Length: 0 }) return "must be an id or null";
        return null;
    }

    private static string? ParseIds(FieldValue value, out ValueArray<string> parsed)
    {
        parsed = value.AsList().ToValueArray();
        return value.IsNull ? "must be a list of ids ([] for none)" : null;
    }

    private static string? ParseOptionalIp(FieldValue value, out Ipv4Address? parsed)
    {
        parsed = null;
        if (value.IsNull) return null;
        if (value.Text is not { } text || !Ipv4Address.TryParse(text, out var address)) return "must be an IPv4 address or null";
        parsed = address;
        return null;
    }

    private static string? ParseRequiredIp(FieldValue value, out Ipv4Address? parsed)
    {
        parsed = null;
        return value.IsNull ? "must be an IPv4 address" : ParseOptionalIp(value, out parsed);
    }

    private static string? ParseCidrs(FieldValue value, out ValueArray<Ipv4Prefix> parsed)
    {
        var prefixes = new List<Ipv4Prefix>();
        foreach (var item in value.AsList())
        {
            if (!Ipv4Prefix.TryParse(item, out var prefix)) { parsed = default; return $"'{item}' is not an IPv4 CIDR block"; }
            prefixes.Add(prefix);
        }
        parsed = prefixes.ToValueArray();
        return prefixes.Count == 0 ? "must list at least one CIDR block" : null;
    }

    private static string? ParseEnum<TEnum>(FieldValue value, out TEnum parsed) where TEnum : struct, Enum
    {
        var names = Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()).ToArray();
        if (value.Text is { } text && names.Contains(text) && Enum.TryParse(text, ignoreCase: true, out parsed)) return null;
        parsed = default;
        return $"must be one of {string.Join(", ", names)}";
    }

    /// <summary>The VPC peering statuses of the EC2 API; only <c>active</c> carries traffic (G3).</summary>
    private static string? ParsePeeringStatus(FieldValue value, out bool isActive)
    {
        string[] statuses = ["active", "pending-acceptance", "provisioning", "initiating-request", "rejected", "expired", "failed", "deleting", "deleted"];
        isActive = value.Text == "active";
        return value.Text is { } text && statuses.Contains(text) ? null : $"must be one of {string.Join(", ", statuses)}";
    }
}
