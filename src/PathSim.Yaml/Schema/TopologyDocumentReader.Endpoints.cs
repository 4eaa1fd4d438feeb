using PathSim.Collections;
using PathSim.Topology;

namespace PathSim.Yaml.Schema;

/// <summary>VPC endpoints (gateway and interface).</summary>
internal sealed partial class TopologyDocumentReader
{
    private VpcEndpoint ReadVpcEndpoint(MappingReader m) => new()
    {
        Id = new VpcEndpointId(m.Id("id", "VPC endpoint") ?? ""),
        Vpc = new VpcId(m.Id("vpc", "VPC") ?? ""),
        ServiceName = m.String("service", required: true) ?? "",
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
}
