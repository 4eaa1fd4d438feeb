namespace PathSim.Diagnostics;

/// <summary>
/// Every diagnostic pathsim reports, by stage: 1xxx syntax and limits, 2xxx schema (keys, types,
/// values), 3xxx references and AWS validity, 4xxx input read but not modelled (warnings),
/// 5xxx edits (what-if), 6xxx live AWS access, 9xxx internal. Retired ids stay listed as comments.
/// </summary>
public static class DiagnosticDescriptors
{
    private static DiagnosticDescriptor Error(string id, string title, string format) => new(id, title, format, DiagnosticSeverity.Error);
    private static DiagnosticDescriptor Warning(string id, string title, string format) => new(id, title, format, DiagnosticSeverity.Warning);

    // 1xxx — syntax and limits
    public static readonly DiagnosticDescriptor FileNotFound = Error("PS1001", "File not found", "cannot read '{0}': {1}");
    public static readonly DiagnosticDescriptor FileTooLarge = Error("PS1002", "File too large", "the file is {0} bytes; the limit is {1}");
    public static readonly DiagnosticDescriptor SyntaxError = Error("PS1003", "Syntax error", "{0}");
    public static readonly DiagnosticDescriptor NestingTooDeep = Error("PS1004", "Nesting too deep", "nesting deeper than {0} levels");
    public static readonly DiagnosticDescriptor AliasesNotAllowed = Error("PS1005", "Too many aliases", "more than {0} YAML aliases; anchors and aliases are limited to keep loading bounded");
    public static readonly DiagnosticDescriptor EmptyDocument = Error("PS1006", "Empty document", "the file holds no topology");
    public static readonly DiagnosticDescriptor TooManyNodes = Error("PS1007", "Too many nodes", "more than {0} YAML nodes");
    public static readonly DiagnosticDescriptor EmptyEditsDocument = Error("PS1008", "Empty edits file", "the file holds no edits (an edits file starts with 'pathsim: 1' and 'edits:', docs/whatif.md)");
    public static readonly DiagnosticDescriptor EmptySnapshotDirectory = Error("PS1009", "No snapshot files", "the directory holds no snapshot files (AWS describe-* JSON outputs in DIR, DIR/REGION or DIR/accounts/ACCOUNT/REGION, docs/aws-input.md)");
    public static readonly DiagnosticDescriptor TopologyGivenAsEdits = Error("PS1010", "Topology given as edits", "this looks like a topology file, not an edits file (it has '{0}' and no 'edits:'); did you swap TOPOLOGY and --edit?");

    // 2xxx — schema
    public static readonly DiagnosticDescriptor UnknownKey = Error("PS2001", "Unknown key", "unknown key '{0}' in {1}{2}");
    public static readonly DiagnosticDescriptor WrongType = Error("PS2002", "Wrong type", "'{0}' must be {1}");
    public static readonly DiagnosticDescriptor MissingKey = Error("PS2003", "Missing key", "{0} needs '{1}'");
    public static readonly DiagnosticDescriptor UnsupportedFormatVersion = Error("PS2004", "Unsupported format version", "pathsim format version {0} is not supported (this pathsim reads version 1)");
    public static readonly DiagnosticDescriptor InvalidCidr = Error("PS2101", "Invalid CIDR", "'{0}' is not a valid IPv4 CIDR block{1}");
    public static readonly DiagnosticDescriptor InvalidIpAddress = Error("PS2102", "Invalid IP address", "'{0}' is not a valid IPv4 address");
    public static readonly DiagnosticDescriptor InvalidPort = Error("PS2103", "Invalid port", "'{0}' is not a port (0-65535) or a range 'from-to'");
    public static readonly DiagnosticDescriptor InvalidProtocol = Error("PS2104", "Invalid protocol", "'{0}' is not a protocol (tcp, udp, icmp, all, -1 or 0-255)");
    public static readonly DiagnosticDescriptor InvalidValue = Error("PS2105", "Invalid value", "'{0}' is not one of {1}");
    public static readonly DiagnosticDescriptor InvalidId = Error("PS2106", "Invalid id", "'{0}' is not a valid {1} id");
    public static readonly DiagnosticDescriptor InvalidPolicy = Error("PS2107", "Invalid policy", "the policy document is not valid: {0}");
    public static readonly DiagnosticDescriptor DuplicateKey = Error("PS2108", "Duplicate key", "key '{0}' appears twice in this mapping");
    public static readonly DiagnosticDescriptor PortsWithoutPortProtocol = Error("PS2109", "Ports on a protocol without ports", "'ports' applies only to tcp and udp, not to protocol {0}");
    public static readonly DiagnosticDescriptor InvalidRuleNumber = Error("PS2110", "Invalid rule number", "'{0}' is not a network ACL rule number (1-32766)");
    public static readonly DiagnosticDescriptor InvalidRegion = Error("PS2111", "Invalid region", "'{0}' is not an AWS region name (such as us-east-1){1}");

    // 3xxx — references and AWS validity
    public static readonly DiagnosticDescriptor DuplicateId = Error("PS3001", "Duplicate id", "'{0}' is defined twice (first at {1})");
    public static readonly DiagnosticDescriptor MissingReference = Error("PS3002", "Missing reference", "{0} '{1}' does not exist");
    public static readonly DiagnosticDescriptor SubnetOutsideVpc = Error("PS3003", "Subnet outside its VPC", "subnet '{0}' ({1}) is not inside any CIDR of VPC '{2}'");
    public static readonly DiagnosticDescriptor OverlappingSubnets = Error("PS3004", "Overlapping subnets", "subnet '{0}' ({1}) overlaps subnet '{2}' ({3})");
    public static readonly DiagnosticDescriptor WrongVpc = Error("PS3005", "Resource in another VPC", "{0} '{1}' is in VPC '{2}' but must be in VPC '{3}'");
    public static readonly DiagnosticDescriptor TwoMainRouteTables = Error("PS3006", "Two main route tables", "VPC '{0}' has two main route tables: '{1}' and '{2}'");
    public static readonly DiagnosticDescriptor TwoDefaultNetworkAcls = Error("PS3007", "Two default network ACLs", "VPC '{0}' has two default network ACLs: '{1}' and '{2}'");
    public static readonly DiagnosticDescriptor DuplicateRuleNumber = Error("PS3008", "Duplicate rule number", "network ACL '{0}' has two {1} rules numbered {2}");
    public static readonly DiagnosticDescriptor RouteMoreSpecificThanLocal = Error("PS3009", "Route more specific than local", "route {0} in '{1}' is more specific than the local route {2} but is not exactly a subnet CIDR (AWS-RULES.md R2)");
    public static readonly DiagnosticDescriptor DuplicateRoute = Error("PS3010", "Duplicate route", "route table '{0}' has two routes to {1}");
    public static readonly DiagnosticDescriptor GatewayEndpointRouteDisagrees = Error("PS3011", "Endpoint route disagrees", "route {0} -> {1} in '{2}' disagrees with endpoint '{3}' route table associations");
    public static readonly DiagnosticDescriptor IpOutsideSubnet = Error("PS3012", "Address outside subnet", "{0} '{1}' has address {2}, outside subnet '{3}' ({4})");
    public static readonly DiagnosticDescriptor EndpointTypeMismatch = Error("PS3013", "Endpoint field for the other type", "endpoint '{0}' is of type {1} and cannot have '{2}'");
    public static readonly DiagnosticDescriptor InvalidTarget = Error("PS3014", "Invalid route target", "'{0}' is not a route target (igw-, nat-, vpce-, pcx-, tgw-, eni-, eigw-, vgw-, local or blackhole)");
    public static readonly DiagnosticDescriptor MissingPrefixList = Error("PS3016", "Missing prefix list", "prefix list '{0}' does not exist; declare it under prefix_lists with its CIDRs (an AWS-managed list takes its name, com.amazonaws.REGION.SERVICE, e.g. com.amazonaws.us-east-1.s3)");
    public static readonly DiagnosticDescriptor InterfaceEndpointAsRouteTarget = Error("PS3015", "Interface endpoint as route target", "route {0} in '{1}' targets interface endpoint '{2}'; only gateway and Gateway Load Balancer endpoints are route targets (clients reach an interface endpoint through its network interfaces, E1)");
    /// <summary>PS3002 for a route's target: the same problem, with the hint that a deleted target is a blackhole route (R5).</summary>
    public static readonly DiagnosticDescriptor MissingRouteTarget = Error("PS3002", "Missing reference", "{0} '{1}' does not exist; if it was deleted, keep the route with 'state: blackhole', as AWS shows it (R5, docs/topology-extensions.md)");
    public static readonly DiagnosticDescriptor ClusterWithoutSubnets = Error("PS3017", "Cluster without subnets", "Redshift cluster '{0}' has no subnets; its subnet group needs at least one subnet");
    public static readonly DiagnosticDescriptor ListedTwice = Error("PS3018", "Listed twice", "{0} '{1}' lists {2} {3} twice");
    public static readonly DiagnosticDescriptor OverlappingVpcCidrs = Error("PS3019", "Overlapping VPC CIDRs", "VPC '{0}' has CIDR {1}, which overlaps its CIDR {2} (AWS refuses an overlapping CIDR block association)");
    public static readonly DiagnosticDescriptor EndpointSubnetsSameZone = Error("PS3020", "Two endpoint subnets in one zone", "interface endpoint '{0}' has subnets '{1}' and '{2}' in availability zone {3}; an interface endpoint takes one subnet per zone");
    public static readonly DiagnosticDescriptor PublicAddressNotPublic = Error("PS3021", "Public address in private space", "{0} '{1}' has {2} {3}, which is not a public IPv4 address (RFC 1918, shared, loopback, link-local or reserved space)");
    public static readonly DiagnosticDescriptor ClusterWithoutSecurityGroup = Error("PS3022", "Cluster without security group", "Redshift cluster '{0}' lists no security_groups and VPC '{1}' has no security group named 'default'; AWS gives a cluster its VPC's default group when none is chosen, so list the cluster's security_groups or declare that group (name: default) with its rules");
    public static readonly DiagnosticDescriptor GatewayEndpointOtherRegion = Error("PS3023", "Gateway endpoint for another region", "gateway endpoint '{0}' is for {1}, but VPC '{2}' is in {3}; AWS creates a gateway endpoint only for a service in the VPC's own region (R6)");
    public static readonly DiagnosticDescriptor DuplicatePrivateIp = Error("PS3024", "Private IP in use", "{0} '{1}' has private IP {2}, which {3} '{4}' in VPC '{5}' already has; AWS assigns an address to one interface (InvalidIPAddress.InUse)");
    public static readonly DiagnosticDescriptor ReservedPrivateIp = Error("PS3025", "Reserved private IP", "{0} '{1}' has private IP {2}, which AWS reserves in subnet '{3}' ({4}): the first four addresses (network, VPC router, DNS, future use) and the last are never assigned");

    // 4xxx — read but not modelled (warnings)
    public static readonly DiagnosticDescriptor UnmodelledKey = Warning("PS4001", "Input not modelled", "'{0}' is not modelled by pathsim and is ignored");
    public static readonly DiagnosticDescriptor UnmodelledResource = Warning("PS4002", "Resource not modelled", "{0} '{1}' is not modelled: {2}");
    public static readonly DiagnosticDescriptor Ipv6Ignored = Warning("PS4003", "IPv6 ignored", "IPv6 {0} on '{1}' is ignored (pathsim models IPv4)");
    public static readonly DiagnosticDescriptor RouteTargetNotInSnapshot = Warning("PS4004", "Route target not in snapshot", "route {0} -> {1} in '{2}': {1} is not in the snapshot, so the route is treated as a blackhole (AWS-RULES.md R5)");
    public static readonly DiagnosticDescriptor RuleGroupNotInSnapshot = Warning("PS4005", "Rule refers to a group outside the snapshot", "{0} rule of '{1}' refers to security group '{2}', which is not in the snapshot (another account or VPC); no interface here carries it, so the rule is dropped");
    public static readonly DiagnosticDescriptor ClusterSubnetsUnknown = Warning("PS4006", "Cluster subnets unknown", "cluster '{0}': subnet group '{1}' is not in the snapshot; its subnets are taken from {2}");
    public static readonly DiagnosticDescriptor UnknownRegion = Warning("PS4007", "Unknown region", "region '{0}' is not in pathsim's AWS address data (ip-ranges.json of {2}){1}; its services have no known addresses unless the topology declares their prefix lists (com.amazonaws.REGION.SERVICE)");
    public static readonly DiagnosticDescriptor NoClustersToCheck = Warning("PS4008", "No Redshift clusters", "the topology has no Redshift clusters, so check found nothing to check; a snapshot needs the output of 'aws redshift describe-clusters' (and describe-cluster-subnet-groups) in it or given with --redshift-overlay, a topology file needs redshift_clusters");
    public static readonly DiagnosticDescriptor ElasticIpOnPrivateCluster = Warning("PS4009", "Elastic IP on a private cluster", "Redshift cluster '{0}' has elastic_ip {1} but is not publicly_accessible; Redshift uses an Elastic IP only for a publicly accessible cluster, so it is ignored");
    public static readonly DiagnosticDescriptor PublicClusterWithoutElasticIp = Warning("PS4010", "Public cluster without Elastic IP", "Redshift cluster '{0}' is publicly_accessible without elastic_ip; Redshift would give it a public IP of its own, which pathsim does not know, so it is modelled with none (traffic through an internet gateway fails); give elastic_ip to model the public address");

    public static readonly DiagnosticDescriptor VpcDnsAttributesAssumed = Warning("PS4011", "VPC DNS attributes assumed", "VPC '{0}': no describe-vpc-attribute output for {1}, so AWS's default for a {2} VPC is assumed ({3}); Redshift enhanced VPC routing flows depend on these attributes (RS3), so add the output of 'aws ec2 describe-vpc-attribute --vpc-id {0} --attribute enableDnsSupport' and '--attribute enableDnsHostnames' to the snapshot (with --aws, allow ec2:DescribeVpcAttribute; docs/aws-input.md)");
    public static readonly DiagnosticDescriptor SnapshotDefaultRegion = Warning("PS4012", "Snapshot region assumed", "the describe files directly in '{0}' are read as region {1}, the default for files outside a region folder; pass --region or put them in a folder named after their region");
    public static readonly DiagnosticDescriptor ZoneOutsideRegion = Warning("PS4013", "Availability zone in another region", "subnet '{0}' is in availability zone {1}, which is not in region {2} of VPC '{3}'; services, endpoints and buckets are resolved for {2} (for a snapshot, pass --region {4} or put the files in a folder named {4})");
    public static readonly DiagnosticDescriptor EndpointServiceLooksMistyped = Warning("PS4014", "Endpoint service name looks mistyped", "endpoint service '{0}' names service '{1}', which is not an AWS service pathsim knows (did you mean '{2}'?); traffic to {2} does not use this endpoint");

    // 5xxx — edits
    public static readonly DiagnosticDescriptor EditTargetMissing = Error("PS5001", "Edit names a missing id", "the edit names {0} '{1}', which does not exist");
    public static readonly DiagnosticDescriptor EditInvalid = Error("PS5002", "Invalid edit", "{0}");
    public static readonly DiagnosticDescriptor EditTargetRemoved = Error("PS5003", "Edit names an id an earlier edit removed", "the edit names {0} '{1}', which an earlier edit removed");

    // 6xxx — live AWS access
    public static readonly DiagnosticDescriptor AwsCredentialsMissing = Error("PS6001", "No AWS credentials", "no AWS credentials were found: {0}");
    public static readonly DiagnosticDescriptor AwsAccessDenied = Error("PS6002", "AWS access denied", "AWS denied {0}: {1}");
    public static readonly DiagnosticDescriptor AwsCallFailed = Error("PS6003", "AWS call failed", "{0} failed: {1}");
    public static readonly DiagnosticDescriptor SnapshotFileMalformed = Error("PS6101", "Malformed snapshot file", "{0} at JSON path {1}");

    // 7xxx — command line
    public static readonly DiagnosticDescriptor InvalidArgument = Error("PS7001", "Invalid argument", "{0}: {1}");
    public static readonly DiagnosticDescriptor CannotWriteOutput = Error("PS7002", "Cannot write output", "cannot write '{0}': {1}");
    public static readonly DiagnosticDescriptor OptionIgnored = Warning("PS7003", "Option ignored", "{0}: {1}");
}
