namespace PathSim.Cli.Tests;

/// <summary>
/// One explicit expectation table per file in topologies/: the exit code and every flow's subnet,
/// kind, target, verdict, via and codes, as `pathsim check --format json` must report them. A new
/// topology file without an entry here fails <see cref="TopologyScenarioTests"/>.
/// Row format: "SUBNET FLOW TARGET VERDICT VIA CODES" with VIA and CODES "-" for none, codes comma-separated.
/// </summary>
public static class ScenarioExpectations
{
    public sealed record Expectation(int ExitCode, IReadOnlyList<string> Flows);

    private const string A = "subnet-priv-a", B = "subnet-priv-b";

    /// <summary>The same rows for each subnet in turn (flows are reported subnet by subnet).</summary>
    private static IReadOnlyList<string> PerSubnet(string[] subnets, params string[] rows) =>
        [.. subnets.SelectMany(s => rows.Select(r => $"{s} {r}"))];

    private static IReadOnlyList<string> BothPrivate(params string[] rows) => PerSubnet([A, B], rows);

    public static IReadOnlyDictionary<string, Expectation> All { get; } = new Dictionary<string, Expectation>
    {
        ["healthy-private-endpoints.yaml"] = new(0, BothPrivate(
            "copy s3:raw-events reachable vpce-s3 -",
            "unload s3:exports reachable vpce-s3 -",
            "spectrum s3:lake outside-vpc - SPECTRUM_OUTSIDE_VPC",
            "glue glue:us-east-1 reachable vpce-glue -")),
        ["private-nat-gateway.yaml"] = new(0, BothPrivate(
            "copy s3:raw-events reachable nat-a -",
            "unload s3:exports reachable nat-a -",
            "spectrum s3:lake outside-vpc - SPECTRUM_OUTSIDE_VPC",
            "glue glue:us-east-1 reachable nat-a -")),
        ["public-cluster-igw.yaml"] = new(0, PerSubnet(["subnet-pub-a", "subnet-pub-b"],
            "copy s3:raw-events reachable igw-main -",
            "unload s3:exports reachable igw-main -",
            "spectrum s3:lake outside-vpc - SPECTRUM_OUTSIDE_VPC",
            "athena athena:us-east-1 reachable igw-main -")),
        ["evr-disabled.yaml"] = new(0, BothPrivate(
            "copy s3:us-east-1 outside-vpc - EVR_DISABLED",
            "unload s3:us-east-1 outside-vpc - EVR_DISABLED",
            "spectrum s3:us-east-1 outside-vpc - SPECTRUM_OUTSIDE_VPC",
            "glue glue:us-east-1 outside-vpc - EVR_DISABLED")),
        ["spectrum-vpce-policy-provisioned.yaml"] = new(1, BothPrivate(
            "copy s3:lake reachable vpce-s3 -",
            "spectrum s3:lake denied - SPECTRUM_OUTSIDE_VPC,BUCKET_POLICY_DENY",
            "glue glue:us-east-1 reachable vpce-glue -")),
        ["spectrum-vpce-policy-serverless.yaml"] = new(0, BothPrivate(
            "copy s3:lake reachable vpce-s3 -",
            "spectrum s3:lake reachable vpce-s3 -",
            "glue glue:us-east-1 reachable vpce-glue -")),
        ["nat-gateway-in-private-subnet.yaml"] = new(1, BothPrivate(
            "copy s3:raw-events unreachable nat-a NAT_GATEWAY_HAS_NO_INTERNET_ROUTE",
            "unload s3:exports unreachable nat-a NAT_GATEWAY_HAS_NO_INTERNET_ROUTE",
            "spectrum s3:lake outside-vpc - SPECTRUM_OUTSIDE_VPC",
            "glue glue:us-east-1 unreachable nat-a NAT_GATEWAY_HAS_NO_INTERNET_ROUTE")),
        ["security-group-no-egress.yaml"] = new(1, BothPrivate(
            "copy s3:raw-events unreachable - ENI_SG_RULES_MISMATCH",
            "unload s3:exports unreachable - ENI_SG_RULES_MISMATCH",
            "spectrum s3:lake outside-vpc - SPECTRUM_OUTSIDE_VPC",
            "glue glue:us-east-1 unreachable - ENI_SG_RULES_MISMATCH")),
        ["nacl-missing-reply-ports.yaml"] = new(1, BothPrivate(
            "copy s3:raw-events unreachable vpce-s3 SUBNET_ACL_RESTRICTION",
            "unload s3:exports unreachable vpce-s3 SUBNET_ACL_RESTRICTION",
            "spectrum s3:lake outside-vpc - SPECTRUM_OUTSIDE_VPC",
            "glue glue:us-east-1 unreachable vpce-glue SUBNET_ACL_RESTRICTION")),
        ["nacl-partial-reply-ports.yaml"] = new(1, BothPrivate(
            "copy s3:raw-events intermittent vpce-s3 EPHEMERAL_PORTS_PARTIAL",
            "unload s3:exports intermittent vpce-s3 EPHEMERAL_PORTS_PARTIAL",
            "spectrum s3:lake outside-vpc - SPECTRUM_OUTSIDE_VPC",
            "glue glue:us-east-1 intermittent vpce-glue EPHEMERAL_PORTS_PARTIAL")),
        ["s3-partially-routed.yaml"] = new(1, BothPrivate(
            "copy s3:raw-events intermittent nat-a NO_ROUTE_TO_DESTINATION,DESTINATION_PARTIALLY_ROUTED",
            "unload s3:exports intermittent nat-a NO_ROUTE_TO_DESTINATION,DESTINATION_PARTIALLY_ROUTED",
            "spectrum s3:lake outside-vpc - SPECTRUM_OUTSIDE_VPC",
            "glue glue:us-east-1 reachable vpce-glue -")),
        ["s3-static-route-bypasses-endpoint.yaml"] = new(1, BothPrivate(
            "copy s3:raw-events intermittent vpce-s3 BUCKET_POLICY_DENY,DESTINATION_PARTIALLY_ROUTED",
            "unload s3:exports reachable vpce-s3 -",
            "glue glue:us-east-1 reachable vpce-glue -")),
        ["gateway-endpoint-not-associated.yaml"] = new(1, BothPrivate(
            "copy s3:raw-events unreachable - NO_ROUTE_TO_DESTINATION",
            "unload s3:exports unreachable - NO_ROUTE_TO_DESTINATION",
            "spectrum s3:lake outside-vpc - SPECTRUM_OUTSIDE_VPC",
            "glue glue:us-east-1 reachable vpce-glue -")),
        ["cross-region-unload.yaml"] = new(0, BothPrivate(
            "copy s3:raw-events reachable vpce-s3 -",
            "unload s3:exports-eu reachable nat-a -",
            "spectrum s3:lake outside-vpc - SPECTRUM_OUTSIDE_VPC",
            "glue glue:us-east-1 reachable nat-a -")),
        ["cross-region-unload-endpoint-only.yaml"] = new(1, BothPrivate(
            "copy s3:raw-events reachable vpce-s3 -",
            "unload s3:exports-eu unreachable - NO_ROUTE_TO_DESTINATION",
            "spectrum s3:lake outside-vpc - SPECTRUM_OUTSIDE_VPC",
            "glue glue:us-east-1 reachable vpce-glue -")),
        ["interface-endpoint-no-private-dns.yaml"] = new(1, BothPrivate(
            "copy s3:raw-events reachable vpce-s3 -",
            "unload s3:exports reachable vpce-s3 -",
            "spectrum s3:lake outside-vpc - SPECTRUM_OUTSIDE_VPC",
            "glue glue:us-east-1 unreachable - PRIVATE_DNS_DISABLED,NO_ROUTE_TO_DESTINATION")),
        ["subnet-group-one-broken.yaml"] = new(1, [
            .. PerSubnet([A],
                "copy s3:raw-events reachable nat-a -",
                "unload s3:exports reachable nat-a -",
                "spectrum s3:lake outside-vpc - SPECTRUM_OUTSIDE_VPC",
                "glue glue:us-east-1 reachable nat-a -"),
            .. PerSubnet([B],
                "copy s3:raw-events unreachable - BAD_STATE_ROUTE",
                "unload s3:exports unreachable - BAD_STATE_ROUTE",
                "spectrum s3:lake outside-vpc - SPECTRUM_OUTSIDE_VPC",
                "glue glue:us-east-1 unreachable - BAD_STATE_ROUTE")]),
        ["whatif/change-window.yaml"] = new(0, BothPrivate(
            "copy s3:raw-events reachable vpce-s3 -",
            "unload s3:exports-eu reachable nat-a -",
            "glue glue:us-east-1 reachable nat-a -")),
        ["dns-attributes-disabled.yaml"] = new(1, BothPrivate(
            "copy s3:raw-events unreachable - DNS_ATTRIBUTES_DISABLED",
            "unload s3:exports unreachable - DNS_ATTRIBUTES_DISABLED",
            "spectrum s3:lake outside-vpc - SPECTRUM_OUTSIDE_VPC",
            "glue glue:us-east-1 unreachable - DNS_ATTRIBUTES_DISABLED")),
    };
}
