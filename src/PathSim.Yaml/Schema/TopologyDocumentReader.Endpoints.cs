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
        if (AwsServiceName.TryParse(name) is { Region: not "vpce" } parsed && AwsRegionName.Check(parsed.Region, m.Context.At(m.ValueNode("service")!)) is { } problem)
            m.Context.Diagnostics.Add(problem);
        return name;
    }
}
