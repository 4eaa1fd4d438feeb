namespace PathSim.Traces;

/// <summary>
/// Why the network did what it did. Names follow the VPC Reachability Analyzer where one fits
/// (AWS-RULES.md, Explanation codes); pathsim's own codes cover what the analyzer has no word for.
/// The set is open: new codes may be added, none renamed.
/// </summary>
public readonly record struct ExplanationCode(string Value)
{
    // Reachability Analyzer names
    public static readonly ExplanationCode NoRouteToDestination = new("NO_ROUTE_TO_DESTINATION");
    public static readonly ExplanationCode BadStateRoute = new("BAD_STATE_ROUTE");
    public static readonly ExplanationCode EniSgRulesMismatch = new("ENI_SG_RULES_MISMATCH");
    public static readonly ExplanationCode SubnetAclRestriction = new("SUBNET_ACL_RESTRICTION");
    public static readonly ExplanationCode IgwPublicIpAssociationForEgress = new("IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS");
    public static readonly ExplanationCode NgwRequiresSourceInVpc = new("NGW_REQUIRES_SOURCE_IN_VPC");
    public static readonly ExplanationCode VpceGatewayProtocolRestriction = new("VPCE_GATEWAY_PROTOCOL_RESTRICTION");
    public static readonly ExplanationCode PcxRequiresAddressInVpcCidr = new("PCX_REQUIRES_ADDRESS_IN_VPC_CIDR");
    public static readonly ExplanationCode MoreSpecificRoute = new("MORE_SPECIFIC_ROUTE");
    public static readonly ExplanationCode HigherPriorityRoute = new("HIGHER_PRIORITY_ROUTE");
    public static readonly ExplanationCode UnassociatedComponent = new("UNASSOCIATED_COMPONENT");

    // pathsim's own
    public static readonly ExplanationCode NatGatewayHasNoInternetRoute = new("NAT_GATEWAY_HAS_NO_INTERNET_ROUTE");
    public static readonly ExplanationCode NatGatewaySameSubnet = new("NAT_GATEWAY_SAME_SUBNET");
    public static readonly ExplanationCode NatGatewayPrivate = new("NAT_GATEWAY_PRIVATE_CONNECTIVITY");
    public static readonly ExplanationCode NatGatewayNoElasticIp = new("NAT_GATEWAY_NO_ELASTIC_IP");
    public static readonly ExplanationCode NatGatewayNotAvailable = new("NAT_GATEWAY_NOT_AVAILABLE");
    public static readonly ExplanationCode NatGatewayProtocolRestriction = new("NAT_GATEWAY_PROTOCOL_RESTRICTION");
    public static readonly ExplanationCode IgwNotAttached = new("IGW_NOT_ATTACHED");
    public static readonly ExplanationCode PeeringNotActive = new("PCX_NOT_ACTIVE");
    public static readonly ExplanationCode PeeringNoEdgeToEdge = new("PCX_NO_EDGE_TO_EDGE_ROUTING");
    public static readonly ExplanationCode TargetNotModelled = new("TARGET_NOT_MODELLED");
    public static readonly ExplanationCode DnsAttributesDisabled = new("DNS_ATTRIBUTES_DISABLED");
    public static readonly ExplanationCode PrivateDnsDisabled = new("PRIVATE_DNS_DISABLED");
    public static readonly ExplanationCode EndpointPolicyDeny = new("ENDPOINT_POLICY_DENY");
    public static readonly ExplanationCode BucketPolicyDeny = new("BUCKET_POLICY_DENY");
    public static readonly ExplanationCode SpectrumOutsideVpc = new("SPECTRUM_OUTSIDE_VPC");
    public static readonly ExplanationCode EvrDisabled = new("EVR_DISABLED");
    public static readonly ExplanationCode EphemeralPortsPartial = new("EPHEMERAL_PORTS_PARTIAL");
    public static readonly ExplanationCode CrossRegionViaEndpoint = new("CROSS_REGION_VIA_ENDPOINT");
    public static readonly ExplanationCode SpectrumBucketCrossRegion = new("SPECTRUM_BUCKET_CROSS_REGION");
    public static readonly ExplanationCode DestinationPartiallyRouted = new("DESTINATION_PARTIALLY_ROUTED");
    public static readonly ExplanationCode EndpointNotAvailable = new("VPCE_NOT_AVAILABLE");

    public static readonly ExplanationCode VpceInterfaceProtocolRestriction = new("VPCE_INTERFACE_PROTOCOL_RESTRICTION");
    public static readonly ExplanationCode NoInterfaceAtAddress = new("NO_INTERFACE_AT_ADDRESS");
    public static readonly ExplanationCode IgwDestinationNotPublic = new("IGW_DESTINATION_NOT_PUBLIC");
    public static readonly ExplanationCode RoutingLoop = new("ROUTING_LOOP");
    public static readonly ExplanationCode NoServiceAddresses = new("NO_SERVICE_ADDRESSES");

    /// <summary>
    /// The destination is an AWS-managed address that does not accept this protocol or port: an AWS service's
    /// interface endpoint (TCP 443 only), the Amazon DNS server (TCP/UDP 53), instance metadata (TCP 80),
    /// Time Sync (UDP 123), or a NAT gateway's own address (nothing).
    /// </summary>
    public static readonly ExplanationCode NoListener = new("NO_LISTENER");

    public override string ToString() => Value;
}
