using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>
/// One resource record of any kind, with its kind. Only the factories below make one, so
/// <see cref="Value"/> always has the record type that <see cref="Kind"/> names.
/// </summary>
public sealed record TopologyResource
{
    private TopologyResource(ResourceKind kind, string id, object value)
    {
        Kind = kind;
        Id = id;
        Value = value;
    }

    public ResourceKind Kind { get; }
    public string Id { get; }

    /// <summary>The record: a <see cref="Vpc"/>, <see cref="Subnet"/>, … as <see cref="Kind"/> says.</summary>
    public object Value { get; }

    public ResourceKey Key => new(Kind, Id);

    /// <summary>Where the record was written (its own line, not its routes' or rules').</summary>
    public SourceLocation Location => Value switch
    {
        Vpc v => v.Location,
        Subnet v => v.Location,
        RouteTable v => v.Location,
        InternetGateway v => v.Location,
        NatGateway v => v.Location,
        VpcEndpoint v => v.Location,
        VpcPeeringConnection v => v.Location,
        PrefixList v => v.Location,
        SecurityGroup v => v.Location,
        NetworkAcl v => v.Location,
        NetworkInterface v => v.Location,
        RedshiftCluster v => v.Location,
        S3Bucket v => v.Location,
        _ => SourceLocation.None,
    };

    public static TopologyResource Of(Vpc value) => new(ResourceKind.Vpc, value.Id.Value, value);
    public static TopologyResource Of(Subnet value) => new(ResourceKind.Subnet, value.Id.Value, value);
    public static TopologyResource Of(RouteTable value) => new(ResourceKind.RouteTable, value.Id.Value, value);
    public static TopologyResource Of(InternetGateway value) => new(ResourceKind.InternetGateway, value.Id.Value, value);
    public static TopologyResource Of(NatGateway value) => new(ResourceKind.NatGateway, value.Id.Value, value);
    public static TopologyResource Of(VpcEndpoint value) => new(ResourceKind.VpcEndpoint, value.Id.Value, value);
    public static TopologyResource Of(VpcPeeringConnection value) => new(ResourceKind.VpcPeeringConnection, value.Id.Value, value);
    public static TopologyResource Of(PrefixList value) => new(ResourceKind.PrefixList, value.Id.Value, value);
    public static TopologyResource Of(SecurityGroup value) => new(ResourceKind.SecurityGroup, value.Id.Value, value);
    public static TopologyResource Of(NetworkAcl value) => new(ResourceKind.NetworkAcl, value.Id.Value, value);
    public static TopologyResource Of(NetworkInterface value) => new(ResourceKind.NetworkInterface, value.Id.Value, value);
    public static TopologyResource Of(RedshiftCluster value) => new(ResourceKind.RedshiftCluster, value.Id.Value, value);
    public static TopologyResource Of(S3Bucket value) => new(ResourceKind.S3Bucket, value.Name, value);

    public override string ToString() => Key.ToString();
}
