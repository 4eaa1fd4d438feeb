using PathSim.Services;
using PathSim.Topology;

namespace PathSim.Network.Compilation;

/// <summary>
/// Parses the endpoint's service (<c>com.amazonaws.REGION.SERVICE</c>), resolves a gateway endpoint's
/// service addresses (R6: the prefix list of its own region's service), and places an interface
/// endpoint's interfaces, one per subnet, carrying the endpoint's security groups (E1).
/// </summary>
internal static class VpcEndpointCompilation
{
    public static CompiledVpcEndpoint Compile(
        VpcEndpoint endpoint,
        ServiceAddressCatalog services,
        IReadOnlyDictionary<NetworkInterfaceId, CompiledInterface> declared,
        Func<SubnetId, Subnet?> findSubnet,
        PrivateAddressAllocator allocator)
    {
        var service = RegionalService.FromEndpointServiceName(endpoint.ServiceName);
        var compiled = new CompiledVpcEndpoint { Endpoint = endpoint, Service = service };
        switch (endpoint.Type)
        {
            case VpcEndpointType.Gateway when service is { } s:
                return compiled with { ServiceAddresses = services.Addresses(s) };
            case VpcEndpointType.Interface:
                var owner = new ComponentRef(ComponentKind.VpcEndpoint, endpoint.Id.Value);
                var groups = endpoint.SecurityGroups.AsImmutableArray();
                var interfaces = PlacedInterfaces.Place(owner, endpoint.Subnets, endpoint.NetworkInterfaces, declared, findSubnet, allocator,
                    nic => nic with { Kind = NetworkInterfaceKind.VpcEndpoint, SecurityGroups = nic.SecurityGroups.IsEmpty ? groups : nic.SecurityGroups },
                    nic => nic with { Kind = NetworkInterfaceKind.VpcEndpoint, SecurityGroups = groups, Location = endpoint.Location });
                return compiled with { Interfaces = interfaces };
            default:
                return compiled;
        }
    }
}
