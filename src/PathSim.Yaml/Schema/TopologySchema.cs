using PathSim.Topology;

namespace PathSim.Yaml.Schema;

/// <summary>
/// The keys each mapping of a format-1 file may hold (TOPOLOGY.md plus the documented extensions in
/// docs/topology-extensions.md) and the spellings of its closed sets. Reader and writer share them.
/// </summary>
internal static class TopologySchema
{
    public static readonly string[] TopLevel =
    [
        "pathsim", "region", "account", "vpcs", "subnets", "route_tables", "internet_gateways", "nat_gateways",
        "vpc_endpoints", "vpc_peering_connections", "prefix_lists", "security_groups", "network_acls",
        "network_interfaces", "redshift_clusters", "s3_buckets",
    ];

    public static readonly string[] Vpc = ["id", "cidr", "cidrs", "enable_dns_support", "enable_dns_hostnames", "region", "account"];
    public static readonly string[] Subnet = ["id", "vpc", "cidr", "availability_zone", "route_table", "network_acl", "map_public_ip_on_launch"];
    public static readonly string[] RouteTable = ["id", "vpc", "main", "routes"];
    public static readonly string[] Route = ["destination", "target", "origin", "state"];
    public static readonly string[] InternetGateway = ["id", "vpc"];
    public static readonly string[] NatGateway = ["id", "subnet", "connectivity", "private_ip", "public_ip", "network_interface", "state"];
    public static readonly string[] VpcEndpoint =
        ["id", "vpc", "service", "type", "route_tables", "subnets", "security_groups", "private_dns", "policy", "state", "network_interfaces"];
    public static readonly string[] VpcPeeringConnection = ["id", "requester_vpc", "accepter_vpc", "accepter_region", "status"];
    public static readonly string[] PrefixList = ["id", "name", "cidrs"];
    public static readonly string[] SecurityGroup = ["id", "vpc", "name", "ingress", "egress"];
    public static readonly string[] IngressRule = ["protocol", "ports", "source", "description"];
    public static readonly string[] EgressRule = ["protocol", "ports", "destination", "description"];
    public static readonly string[] NetworkAcl = ["id", "vpc", "default", "ingress", "egress"];
    public static readonly string[] IngressEntry = ["rule", "protocol", "ports", "source", "action"];
    public static readonly string[] EgressEntry = ["rule", "protocol", "ports", "destination", "action"];
    public static readonly string[] NetworkInterface = ["id", "subnet", "private_ip", "public_ip", "security_groups", "kind", "instance", "description"];
    public static readonly string[] RedshiftCluster =
    [
        "id", "deployment", "node_type", "enhanced_vpc_routing", "publicly_accessible", "elastic_ip", "subnets",
        "security_groups", "iam_roles", "catalog", "buckets", "network_interfaces",
    ];
    public static readonly string[] BucketUse = ["bucket", "uses"];
    public static readonly string[] S3Bucket = ["name", "region", "policy"];

    public static readonly EnumNames<NatGatewayConnectivity> Connectivity =
        new(("public", NatGatewayConnectivity.Public), ("private", NatGatewayConnectivity.Private));

    /// <summary>NAT gateway states (DescribeNatGateways); only <c>available</c> carries traffic.</summary>
    public static readonly EnumNames<bool> NatGatewayState =
        new(("available", true), ("failed", false), ("pending", false), ("deleting", false), ("deleted", false));

    public static readonly EnumNames<VpcEndpointType> EndpointType =
        new(("gateway", VpcEndpointType.Gateway), ("interface", VpcEndpointType.Interface),
            ("gateway_load_balancer", VpcEndpointType.GatewayLoadBalancer));

    /// <summary>VPC endpoint states (DescribeVpcEndpoints); only <c>available</c> carries traffic.</summary>
    public static readonly EnumNames<bool> EndpointState =
        new(("available", true), ("failed", false), ("pending", false), ("pending_acceptance", false), ("deleting", false),
            ("deleted", false), ("rejected", false), ("expired", false), ("partial", false));

    /// <summary>Peering connection status codes; only an active connection carries traffic (G3).</summary>
    public static readonly EnumNames<bool> PeeringStatus =
        new(("active", true), ("pending-acceptance", false), ("initiating-request", false), ("provisioning", false),
            ("deleting", false), ("deleted", false), ("rejected", false), ("failed", false), ("expired", false));

    public static readonly EnumNames<RouteOrigin> Origin =
        new(("static", RouteOrigin.Static), ("propagated", RouteOrigin.Propagated));

    public static readonly EnumNames<RouteState> State =
        new(("active", RouteState.Active), ("blackhole", RouteState.Blackhole));

    public static readonly EnumNames<NetworkAclAction> AclAction =
        new(("allow", NetworkAclAction.Allow), ("deny", NetworkAclAction.Deny));

    public static readonly EnumNames<NetworkInterfaceKind> InterfaceKind =
        new(("instance", NetworkInterfaceKind.Instance), ("redshift_cluster", NetworkInterfaceKind.RedshiftCluster),
            ("vpc_endpoint", NetworkInterfaceKind.VpcEndpoint), ("nat_gateway", NetworkInterfaceKind.NatGateway),
            ("other", NetworkInterfaceKind.Other));

    public static readonly EnumNames<RedshiftDeployment> Deployment =
        new(("provisioned", RedshiftDeployment.Provisioned), ("serverless", RedshiftDeployment.Serverless));

    public static readonly EnumNames<DataCatalog> Catalog =
        new(("glue", DataCatalog.Glue), ("athena", DataCatalog.Athena), ("hive", DataCatalog.Hive));

    public static readonly EnumNames<BucketUseKind> Use =
        new(("copy", BucketUseKind.Copy), ("unload", BucketUseKind.Unload), ("spectrum", BucketUseKind.Spectrum));
}
