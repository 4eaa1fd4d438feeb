using System.Diagnostics.CodeAnalysis;

namespace PathSim.WhatIf;

/// <summary>The names a user writes and reads for each <see cref="ResourceKind"/>.</summary>
public static class ResourceKindNames
{
    public static IReadOnlyList<ResourceKind> All { get; } = Enum.GetValues<ResourceKind>();

    /// <summary>The singular wire name: <c>nat_gateway</c>, <c>redshift_cluster</c>.</summary>
    public static string ToWireName(this ResourceKind kind) => kind switch
    {
        ResourceKind.Vpc => "vpc",
        ResourceKind.Subnet => "subnet",
        ResourceKind.RouteTable => "route_table",
        ResourceKind.InternetGateway => "internet_gateway",
        ResourceKind.NatGateway => "nat_gateway",
        ResourceKind.VpcEndpoint => "vpc_endpoint",
        ResourceKind.VpcPeeringConnection => "vpc_peering_connection",
        ResourceKind.PrefixList => "prefix_list",
        ResourceKind.SecurityGroup => "security_group",
        ResourceKind.NetworkAcl => "network_acl",
        ResourceKind.NetworkInterface => "network_interface",
        ResourceKind.RedshiftCluster => "redshift_cluster",
        ResourceKind.S3Bucket => "s3_bucket",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The topology file's section key: <c>nat_gateways</c>.</summary>
    public static string ToSectionName(this ResourceKind kind) => kind.ToWireName() + "s";

    /// <summary>How messages name the kind: "NAT gateway", "route table".</summary>
    public static string ToDisplayName(this ResourceKind kind) => kind switch
    {
        ResourceKind.Vpc => "VPC",
        ResourceKind.Subnet => "subnet",
        ResourceKind.RouteTable => "route table",
        ResourceKind.InternetGateway => "internet gateway",
        ResourceKind.NatGateway => "NAT gateway",
        ResourceKind.VpcEndpoint => "VPC endpoint",
        ResourceKind.VpcPeeringConnection => "VPC peering connection",
        ResourceKind.PrefixList => "prefix list",
        ResourceKind.SecurityGroup => "security group",
        ResourceKind.NetworkAcl => "network ACL",
        ResourceKind.NetworkInterface => "network interface",
        ResourceKind.RedshiftCluster => "Redshift cluster",
        ResourceKind.S3Bucket => "S3 bucket",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Accepts the singular wire name or the section name (<c>subnet</c>, <c>subnets</c>).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ResourceKind kind)
    {
        foreach (var k in All)
        {
            if (text == k.ToWireName() || text == k.ToSectionName())
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }

    /// <summary>The list of wire names, for "must be one of" messages.</summary>
    public static string ListWireNames() => string.Join(", ", All.Select(k => k.ToWireName()));
}
