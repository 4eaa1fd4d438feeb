namespace PathSim.Network;

public static class ComponentKindExtensions
{
    /// <summary>The wire name in JSON and text output (<c>security-group</c>, <c>route-table</c>, …).</summary>
    public static string ToWireName(this ComponentKind kind) => kind switch
    {
        ComponentKind.Vpc => "vpc",
        ComponentKind.Subnet => "subnet",
        ComponentKind.RouteTable => "route-table",
        ComponentKind.NetworkAcl => "network-acl",
        ComponentKind.SecurityGroup => "security-group",
        ComponentKind.NetworkInterface => "network-interface",
        ComponentKind.InternetGateway => "internet-gateway",
        ComponentKind.NatGateway => "nat-gateway",
        ComponentKind.VpcEndpoint => "vpc-endpoint",
        ComponentKind.VpcPeeringConnection => "vpc-peering-connection",
        ComponentKind.PrefixList => "prefix-list",
        ComponentKind.RedshiftCluster => "redshift-cluster",
        ComponentKind.UnmodelledTarget => "unmodelled-target",
        ComponentKind.Internet => "internet",
        ComponentKind.AwsService => "aws-service",
        ComponentKind.HostService => "host-service",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
