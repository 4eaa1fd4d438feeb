using PathSim.Diagnostics;
using PathSim.Collections;
using PathSim.Services;
using PathSim.Topology;

namespace PathSim.Yaml.Schema;

/// <summary>VPC endpoints (gateway and interface).</summary>
internal sealed partial class TopologyDocumentReader
{
    private VpcEndpoint ReadVpcEndpoint(MappingReader m) => new()
    {
        Id = new VpcEndpointId(m.Id("id", "VPC endpoint") ?? ""),
        Vpc = new VpcId(m.Id("vpc", "VPC") ?? ""),
        ServiceName = ServiceName(m),
        // CreateVpcEndpoint's own default type is Gateway.
        Type = m.Enum("type", TopologySchema.EndpointType) ?? VpcEndpointType.Gateway,
        RouteTables = m.IdList("route_tables", "route table").Select(id => new RouteTableId(id)).ToValueArray(),
        Subnets = m.IdList("subnets", "subnet").Select(id => new SubnetId(id)).ToValueArray(),
        SecurityGroups = m.IdList("security_groups", "security group").Select(id => new SecurityGroupId(id)).ToValueArray(),
        NetworkInterfaces = m.IdList("network_interfaces", "network interface").Select(id => new NetworkInterfaceId(id)).ToValueArray(),
        PrivateDns = m.Bool("private_dns", true),
        Policy = PolicyReader.Read(m, "policy"),
        IsAvailable = m.Enum("state", TopologySchema.EndpointState) ?? true,
        Location = m.Location,
    };

    /// <summary>The endpoint's service name; the region in <c>com.amazonaws.REGION.SERVICE</c> is checked like any region (PS2111, PS4007).</summary>
    private string ServiceName(MappingReader m)
    {
        var name = m.String("service", required: true) ?? "";
        // com.amazonaws.vpce.REGION.vpce-svc-… names a PrivateLink endpoint service, not an AWS service.
        if (AwsServiceName.TryParse(name) is { Region: not "vpce" } parsed)
        {
            var at = m.Context.At(m.ValueNode("service")!);
            if (AwsRegionName.Check(parsed.Region, at) is { } problem) m.Context.Diagnostics.Add(problem);
            // PS4014: a service part one typo away from a known service (…us-east-1.gleu) would silently send that service
            // elsewhere (to a NAT); a name far from every known one is another AWS service (ecr.dkr) and passes quietly.
            if (!ServiceAddressClass.KnownServices.Contains(parsed.Service, StringComparer.Ordinal)
                && NameSuggestion.Closest(parsed.Service, ServiceAddressClass.KnownServices) is { } near)
                m.Context.Diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.EndpointServiceLooksMistyped, at, name, parsed.Service, near));
        }
        return name;
    }
}
