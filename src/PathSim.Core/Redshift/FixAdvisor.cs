using PathSim.Addressing;
using PathSim.Services;
using PathSim.Topology;
using PathSim.Traces;

namespace PathSim.Redshift;

/// <summary>
/// Turns the hop that blocked a flow and its explanation code into one actionable sentence. It only
/// reads the topology to name things (the subnet's route table, the unassociated endpoint); it never
/// changes a verdict.
/// </summary>
public sealed class FixAdvisor(NetworkTopology topology)
{
    // Indexed once: a check of an organisation asks for a fix per failing flow, and scanning every
    // subnet, table and endpoint each time grew with the square of its size (benchmarks/README.md).
    private readonly Dictionary<SubnetId, Subnet> _subnets = topology.Subnets.DistinctBy(s => s.Id).ToDictionary(s => s.Id);
    private readonly Dictionary<VpcId, RouteTable> _mainTables = topology.RouteTables.Where(t => t.IsMain).DistinctBy(t => t.Vpc).ToDictionary(t => t.Vpc);
    private readonly ILookup<VpcId, VpcEndpoint> _endpointsByVpc = topology.VpcEndpoints.ToLookup(e => e.Vpc);
    private readonly HashSet<string> _endpointIds = [.. topology.VpcEndpoints.Select(e => e.Id.Value)];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<RedshiftClusterId, string> _clusterRegions = new();

    /// <param name="via">The gateway or endpoint the flow left through, when it got that far.</param>
    public string Suggest(ExplanationCode code, FlowHop hop, RedshiftCluster cluster, SubnetId subnet, RedshiftFlow flow, string? via = null)
    {
        string routeTable = RouteTableOf(subnet)?.Value ?? "the subnet's route table";
        string clusterRegion = _clusterRegions.GetOrAdd(cluster.Id, _ => RedshiftFlowPlanner.ClusterRegion(topology, cluster));
        bool crossRegion = !string.Equals(flow.Region, clusterRegion, StringComparison.Ordinal);
        string c = hop.Component;
        switch (code.Value)
        {
            case "NO_ROUTE_TO_DESTINATION":
                if (flow.Service == "s3" && crossRegion)
                    return $"route 0.0.0.0/0 in {routeTable} to a NAT gateway: a gateway endpoint serves only its own region's S3 (R6)";
                if (flow.Service == "s3")
                {
                    var unassociated = UnassociatedGatewayEndpoint(subnet, flow.Region);
                    return unassociated is not null
                        ? $"associate {unassociated} with {routeTable} (a gateway endpoint routes only for its associated route tables, R6)"
                        : $"add an S3 gateway endpoint associated with {routeTable}, or route 0.0.0.0/0 to a NAT gateway (RS2)";
                }
                return $"add a {flow.Service} interface endpoint with private DNS, or route 0.0.0.0/0 in {routeTable} to a NAT gateway (RS7)";
            case "BAD_STATE_ROUTE":
                return $"replace the blackhole route {RouteDestination(hop)} in {c} with a live NAT gateway, endpoint or internet gateway (R5)";
            case "ENI_SG_RULES_MISMATCH" when cluster.SecurityGroups.IsEmpty && hop.Direction == PathDirection.Forward:
                return $"attach a security group that allows outbound TCP 443 to {cluster.Id}: with no group its interfaces allow nothing (F1)";
            case "ENI_SG_RULES_MISMATCH":
                return IsClusterSide(hop, cluster)
                    ? $"allow outbound TCP 443 to the service in {c} (F1)"
                    : $"allow inbound TCP 443 from the cluster's subnets in {c} (E1)";
            case "SUBNET_ACL_RESTRICTION" when hop.ExplicitDeny && hop.RuleNumber is { } denyRule:
                return $"remove deny rule {denyRule} from {c}, or give it a number above the allow rule: entries are evaluated lowest number first (F2)";
            case "SUBNET_ACL_RESTRICTION":
                return hop.Direction == PathDirection.Return
                    ? $"allow inbound TCP 1024-65535 from the service in {c}: replies return to ephemeral ports (F2, F3)"
                    : hop.Rule.Contains(" ingress ", StringComparison.Ordinal)
                        // Forward and ingress: the ACL of the subnet the request enters (an endpoint interface's, E1).
                        ? $"allow inbound TCP 443 from the cluster's subnets in {c} (F2)"
                        : $"allow TCP 443 to the service in {c} (F2)";
            case "EPHEMERAL_PORTS_PARTIAL" when hop.ExplicitDeny && hop.RuleNumber is { } shadowing:
                return $"remove or narrow deny rule {shadowing} in {c}: it refuses part of the ephemeral ports replies return to before any allow rule is reached (F2, F3)";
            case "EPHEMERAL_PORTS_PARTIAL":
                return $"widen the rule in {c} to TCP 1024-65535: it admits only part of the ephemeral ports replies return to (F3)";
            case "DESTINATION_PARTIALLY_ROUTED" when IsBlackholeDrop(hop) && TiedPrefixListRoute(c, RouteDestination(hop), flow) is { } tied:
                // R4: an exact tie with the working prefix-list (or endpoint) route, which the explicit CIDR route wins.
                return $"remove the blackhole route {RouteDestination(hop)} from {c}: it ties exactly with the {tied} route for the same CIDR "
                    + $"and wins the tie (an explicit CIDR route beats a prefix-list route), dropping part of {flow.Service}'s addresses (R4, R5)";
            case "DESTINATION_PARTIALLY_ROUTED" when IsBlackholeDrop(hop):
                // R1/R5: a blackhole more specific than the working route takes part of the service's
                // addresses; adding another exit would not win over it.
                return $"remove the blackhole route {RouteDestination(hop)} from {c}: it is more specific than the working route and drops part of {flow.Service}'s addresses (R1, R5)";
            case "DESTINATION_PARTIALLY_ROUTED":
                return flow.Service == "s3" && !crossRegion
                    ? $"only part of S3's addresses have a working route in {routeTable}: add an S3 gateway endpoint associated with it, or route 0.0.0.0/0 to a NAT gateway"
                    : $"only part of {flow.Service}'s addresses have a working route in {routeTable}: route 0.0.0.0/0 to a NAT gateway, or add a {flow.Service} interface endpoint";
            case "NAT_GATEWAY_HAS_NO_INTERNET_ROUTE" when hop.Kind == "route-table" && ClusterSubnetUsing(c, cluster) is { } served:
                // G2, RS2: that table also routes a subnet of the cluster, whose own traffic must keep going to a
                // NAT gateway: pointing it at the IGW would cut the cluster off there (no public IP, G1).
                return $"move {via ?? "the NAT gateway"} to a public subnet (one whose route table sends 0.0.0.0/0 to {AttachedInternetGateway(subnet) ?? "an attached internet gateway"}) "
                    + $"and point the routes at it: {c} also serves {cluster.Id}'s subnet {served}, whose traffic must not go to the internet gateway directly (G2, RS2)";
            case "NAT_GATEWAY_HAS_NO_INTERNET_ROUTE" when hop.Kind == "route-table":
                // G2: the NAT gateway's own subnet's table (the hop) must send the destination to an attached IGW.
                return $"route 0.0.0.0/0 in {c} to {AttachedInternetGateway(subnet) ?? "an attached internet gateway"}, or move {via ?? "the NAT gateway"} to a public subnet (G2)";
            case "NAT_GATEWAY_HAS_NO_INTERNET_ROUTE" when hop.Kind == "internet-gateway":
                return $"attach {c} to {VpcOf(subnet) ?? "the NAT gateway's VPC"}: the NAT gateway's route leads to an internet gateway that is not attached (G1, G2)";
            case "NAT_GATEWAY_HAS_NO_INTERNET_ROUTE":
                return $"route 0.0.0.0/0 of {c}'s subnet to an attached internet gateway, or move {c} to a public subnet (G2)";
            case "NAT_GATEWAY_SAME_SUBNET":
                return $"move {c} out of the cluster's subnet: a NAT gateway does not serve clients in its own subnet (G2)";
            case "NAT_GATEWAY_PRIVATE_CONNECTIVITY":
                // The drop is at the internet gateway; the thing to change is the NAT gateway (its connectivity cannot be changed in place).
                return $"replace {NatGatewayOf(hop, via)} with a public NAT gateway (connectivity public, with an Elastic IP) in a public subnet "
                    + $"and point 0.0.0.0/0 in {routeTable} at it: a private NAT gateway never reaches the internet (G2)";
            case "NAT_GATEWAY_NO_ELASTIC_IP":
                return $"give {NatGatewayOf(hop, via)} an Elastic IP: a public NAT gateway reaches the internet only through one (G2)";
            case "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS" when cluster.PubliclyAccessible && cluster.ElasticIp is null:
                // Already publicly accessible: what it lacks is the Elastic IP the IGW maps it to (G1).
                return $"give {cluster.Id} an Elastic IP (elastic_ip): it is publicly accessible, but without a public address the internet gateway drops its traffic; "
                    + $"or route 0.0.0.0/0 in {routeTable} to a NAT gateway (G1, RS2)";
            case "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS" when NatGatewayIn(subnet) is { } nat:
                // Pointing this table at a NAT gateway would cut the NAT gateway's own way out (G2).
                return $"take {subnet} out of {cluster.Id}'s subnet group, or make {cluster.Id} publicly accessible with an Elastic IP: "
                    + $"it is the public subnet of {nat}, whose route to the internet gateway must stay (G1, G2, RS2)";
            case "IGW_PUBLIC_IP_ASSOCIATION_FOR_EGRESS":
                return $"make {cluster.Id} publicly accessible with an Elastic IP, or route 0.0.0.0/0 in {routeTable} to a NAT gateway (G1, RS2)";
            case "IGW_NOT_ATTACHED":
                return $"attach {c} to the cluster's VPC (G1)";
            case "PRIVATE_DNS_DISABLED":
                return $"turn on private DNS for {PrivateDnsOffEndpoint(subnet, flow) ?? $"the {flow.Service} interface endpoint"} (E2)";
            case "DNS_ATTRIBUTES_DISABLED":
                return $"turn on enable_dns_support and enable_dns_hostnames for {c} (RS3)";
            case "VPCE_NOT_AVAILABLE":
                // R6/E1: the endpoint's route is AWS's; what the user acts on is the endpoint itself.
                return $"wait for {c} to become available, or recreate it: an endpoint in any other state (pending, failed, deleting) carries no traffic (R6, E1)";
            case "NAT_GATEWAY_NOT_AVAILABLE":
                return $"wait for {c} to become available, or recreate it and point the route in {routeTable} at the new NAT gateway: "
                    + "a NAT gateway in any other state (pending, failed, deleting) carries no traffic (G2)";
            case "VPCE_GATEWAY_PROTOCOL_RESTRICTION":
                return $"only TCP passes {c} (R6)";
            case "ENDPOINT_POLICY_DENY" when MissingAllow(hop) is { } request:
                // E3: no statement allows the request: name the IAM action and resource it lacks.
                return $"allow {request} for the cluster's IAM role in the policy of {c}: {flow.Kind.ToWireName()} needs it (E3, RS4)";
            case "ENDPOINT_POLICY_DENY" when hop.Rule.StartsWith("statement ", StringComparison.Ordinal) && hop.Rule.Contains(" denies ", StringComparison.Ordinal):
                // E3: an explicit Deny wins over every Allow, so only changing that statement helps.
                return $"remove or narrow the denying statement of {c}'s policy ({StatementName(hop)}), or exempt the cluster's IAM role from it: an explicit Deny wins over any Allow (E3)";
            case "ENDPOINT_POLICY_DENY":
                return flow.Kind.IsS3()
                    ? $"allow {flow.Kind.ToWireName()} on {flow.Target} for the cluster's IAM role in the policy of {c}, manifest files included (RS4)"
                    : $"allow the {flow.Service} catalog actions for the cluster's IAM role in the policy of {c} (E3, RS7)";
            case "BUCKET_POLICY_DENY" when flow.Kind == RedshiftFlowKind.Spectrum && !FlowPlacement.UsesEvrForSpectrum(cluster):
                return $"in {c}'s bucket policy admit the cluster's IAM role by principal instead of by VPC endpoint: provisioned Spectrum never passes one (RS5)";
            case "BUCKET_POLICY_DENY" when !cluster.EnhancedVpcRouting:
                return $"turn on enhanced VPC routing for {cluster.Id}, or admit its IAM role by principal in {c}'s bucket policy (RS1, E4)";
            case "BUCKET_POLICY_DENY" when flow.Service == "s3" && !crossRegion && !IsEndpoint(via)
                                             && UnassociatedGatewayEndpoint(subnet, flow.Region) is { } unassociatedEndpoint:
                // E4: only a request through the endpoint carries aws:SourceVpce; this one left by a NAT
                // gateway or an IGW because its table lacks the endpoint's route (R6).
                return $"associate {unassociatedEndpoint} with {routeTable} so the requests arrive through it (aws:SourceVpce), "
                    + $"or admit the cluster's IAM role by principal in {c}'s bucket policy (R6, E4)";
            case "BUCKET_POLICY_DENY" when flow.Service == "s3" && crossRegion:
                // E4: a cross-region request never passes a VPC endpoint (R6), so aws:SourceVpce cannot match.
                return $"exempt the cluster's IAM role from the denying statement of {c}'s bucket policy (e.g. an aws:PrincipalArn condition): "
                    + $"a request from {clusterRegion} to a bucket in {flow.Region} never carries aws:SourceVpce, and no Allow overrides an explicit Deny (E4)";
            case "BUCKET_POLICY_DENY":
                // pathsim's bucket policies refuse only by explicit Deny (the role's identity policy allows), which no Allow overrides.
                return $"exempt the cluster's IAM role from the denying statement of {c}'s bucket policy (e.g. an aws:PrincipalArn or aws:SourceVpce condition): no Allow overrides an explicit Deny (E4)";
            case "CROSS_REGION_VIA_ENDPOINT":
                return $"send {flow.Region} S3 traffic through a NAT gateway: S3 refuses cross-region requests through a VPC endpoint (R6)";
            case "SPECTRUM_BUCKET_CROSS_REGION":
                return $"keep Spectrum data in {clusterRegion}: Spectrum reads only buckets in the cluster's region (RS5)";
            case "PCX_NO_EDGE_TO_EDGE_ROUTING":
                return $"send {flow.Service} traffic in {routeTable} to this VPC's own endpoint or NAT gateway instead of {c} "
                    + "(remove the route that points it at the peering): a peered VPC's gateways and endpoints cannot be used (G3)";
            default:
                return hop.Rule.Length == 0 ? $"change {c} ({hop.Kind})" : $"change {c} ({hop.Kind}): {hop.Rule}";
        }
    }

    /// <summary>
    /// The fix when a policy refuses the requests of one exit of a flow and admits another's (E4): the
    /// refused requests took another way because a route for part of the service's addresses wins over the
    /// admitted exit's (R1), e.g. a static S3 CIDR more specific than the gateway endpoint's prefix list.
    /// </summary>
    public string SuggestForRefusedExit(ExplanationCode code, FlowHop decidedBy, PathExit refused, PathExit admitted, RedshiftFlow flow)
    {
        string part = refused.Destinations.IsEmpty ? $"part of {flow.Service}'s addresses" : FlowSplit.RangesText(refused.Destinations, FlowSplit.ShownRanges);
        var route = refused.Path.FirstOrDefault(h => h.Direction == PathDirection.Forward && h.Kind == "route-table");
        string takes = route is null ? "" : $" (route {route.Rule} in {route.Component})";
        string policy = code == ExplanationCode.EndpointPolicyDeny ? $"the policy of {decidedBy.Component}" : $"{decidedBy.Component}'s bucket policy";
        return $"requests to {part} leave via {refused.Via ?? "another exit"}{takes} and {policy} refuses them: "
            + $"send them through {admitted.Via ?? "the admitted exit"} like the rest (remove or re-target that route, R1), "
            + "or admit the cluster's IAM role on that path too (E3, E4)";
    }

    // The tracer's blackhole drop reads "DESTINATION -> TARGET is a blackhole (R5)", or for a route to
    // blackhole itself "DESTINATION -> blackhole drops the packet (R5)" (TraceWalk).
    private static bool IsBlackholeDrop(FlowHop hop) =>
        hop.Kind == "route-table" && (hop.Rule.EndsWith(" is a blackhole (R5)", StringComparison.Ordinal)
                                      || hop.Rule.EndsWith(" drops the packet (R5)", StringComparison.Ordinal));

    private static string RouteDestination(FlowHop hop)
    {
        int arrow = hop.Rule.IndexOf(" -> ", StringComparison.Ordinal);
        return arrow > 0 ? hop.Rule[..arrow] : hop.Rule;
    }

    /// <summary>The policy rule "no statement allows ACTION on RESOURCE" (PolicyFlowAuthorizer.Rule) as "ACTION on RESOURCE".</summary>
    private static string? MissingAllow(FlowHop hop) =>
        hop.Rule.StartsWith(NoStatementAllows, StringComparison.Ordinal) ? hop.Rule[NoStatementAllows.Length..] : null;

    private const string NoStatementAllows = "no statement allows ";

    /// <summary>The NAT gateway a NAT drop is about: the hop itself, the NAT its rule names first ("nat-a has …"), or the flow's exit.</summary>
    private static string NatGatewayOf(FlowHop hop, string? via) =>
        hop.Kind == "nat-gateway" ? hop.Component
        : hop.Rule.StartsWith("nat-", StringComparison.Ordinal) ? hop.Rule.Split(' ')[0]
        : via ?? hop.Component;

    /// <summary>
    /// R4: the prefix-list or gateway-endpoint route of <paramref name="tableId"/> that has exactly <paramref name="destination"/>
    /// among its CIDRs (an exact tie a blackhole CIDR route wins), named as written; null when there is none.
    /// </summary>
    private string? TiedPrefixListRoute(string tableId, string destination, RedshiftFlow flow)
    {
        if (!Ipv4Prefix.TryParse(destination, out var cidr)) return null;
        var table = topology.RouteTables.FirstOrDefault(t => t.Id.Value == tableId);
        if (table is null) return null;
        foreach (var route in table.Routes)
            if (route.Destination.IsPrefixList && route.Target.Kind != RouteTargetKind.Blackhole
                && topology.PrefixLists.FirstOrDefault(l => l.Id == route.Destination.PrefixList) is { } list && list.Cidrs.Contains(cidr))
                return $"{route.Destination} -> {route.Target.Id}";
        var service = new RegionalService(flow.Service, flow.Region);
        foreach (var endpoint in _endpointsByVpc[table.Vpc])
            if (endpoint.Type == VpcEndpointType.Gateway && endpoint.RouteTables.Contains(table.Id)
                && endpoint.ServiceName == AwsServiceName.Format(flow.Region, flow.Service)
                && _catalog.Value.Addresses(service).Prefixes.Contains(cidr))
                return $"{endpoint.Id} (endpoint route table association)";
        return null;
    }

    // The service ranges as the model compiles them (a com.amazonaws.REGION.SERVICE prefix list replaces the built-in ones); only a tie question needs them.
    private readonly Lazy<ServiceAddressCatalog> _catalog = new(() => ServiceAddressCatalog.BuiltIn.WithPrefixLists(topology.PrefixLists));

    /// <summary>The first subnet of <paramref name="cluster"/>'s subnet group whose route table is <paramref name="tableId"/>, or null.</summary>
    private SubnetId? ClusterSubnetUsing(string tableId, RedshiftCluster cluster)
    {
        foreach (var subnet in cluster.Subnets)
            if (RouteTableOf(subnet)?.Value == tableId) return subnet;
        return null;
    }

    /// <summary><c>#0 "DenyAll"</c> from a policy rule <c>statement #0 "DenyAll" denies …</c>.</summary>
    private static string StatementName(FlowHop hop)
    {
        var rest = hop.Rule["statement ".Length..];
        int end = rest.IndexOf(" denies ", StringComparison.Ordinal);
        return "statement " + (end > 0 ? rest[..end] : rest);
    }

    private string? NatGatewayIn(SubnetId subnetId) => topology.NatGateways.FirstOrDefault(n => n.Subnet == subnetId)?.Id.Value;

    private string? AttachedInternetGateway(SubnetId subnetId) =>
        _subnets.GetValueOrDefault(subnetId) is { } subnet ? topology.InternetGateways.FirstOrDefault(g => g.Vpc == subnet.Vpc)?.Id.Value : null;

    private string? VpcOf(SubnetId subnetId) => _subnets.GetValueOrDefault(subnetId)?.Vpc.Value;

    private bool IsEndpoint(string? via) => via is not null && _endpointIds.Contains(via);

    /// <summary>The subnet's route table: its explicit association, else the VPC's main table (R3).</summary>
    public RouteTableId? RouteTableOf(SubnetId subnetId)
    {
        var subnet = _subnets.GetValueOrDefault(subnetId);
        if (subnet is null) return null;
        return subnet.RouteTable ?? _mainTables.GetValueOrDefault(subnet.Vpc)?.Id;
    }

    private string? UnassociatedGatewayEndpoint(SubnetId subnetId, string region)
    {
        var subnet = _subnets.GetValueOrDefault(subnetId);
        var table = RouteTableOf(subnetId);
        if (subnet is null || table is null) return null;
        return _endpointsByVpc[subnet.Vpc].FirstOrDefault(e =>
            e.Type == VpcEndpointType.Gateway
            && e.ServiceName == AwsServiceName.Format(region, "s3")
            && !e.RouteTables.Contains(table.Value))?.Id.Value;
    }

    private string? PrivateDnsOffEndpoint(SubnetId subnetId, RedshiftFlow flow)
    {
        var subnet = _subnets.GetValueOrDefault(subnetId);
        if (subnet is null) return null;
        return _endpointsByVpc[subnet.Vpc].FirstOrDefault(e =>
            e.Type == VpcEndpointType.Interface && !e.PrivateDns
            && e.ServiceName == AwsServiceName.Format(flow.Region, flow.Service))?.Id.Value;
    }

    // The cluster's own groups block on the way out; any other group (an interface endpoint's) on the way in.
    private static bool IsClusterSide(FlowHop hop, RedshiftCluster cluster) =>
        cluster.SecurityGroups.Any(g => g.Value == hop.Component);
}
