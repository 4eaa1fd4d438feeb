using System.Collections.Immutable;
using PathSim.Addressing;
using PathSim.Services;
using PathSim.Topology;
using PathSim.Traces;

namespace PathSim.Network;

/// <summary>
/// DNS for AWS service names (E2): a client in VPC V gets an interface endpoint's interfaces for
/// <c>SERVICE.REGION.amazonaws.com</c> only when V has an available interface endpoint for exactly that
/// service and region with private DNS on, and V has both <c>enable_dns_support</c> and
/// <c>enable_dns_hostnames</c>; otherwise the public service addresses, and the route table decides.
/// </summary>
public static class ServiceResolver
{
    public static ServiceResolution Resolve(NetworkModel model, VpcId clientVpc, SubnetId? clientSubnet, RegionalService service)
    {
        var vpc = model.FindVpc(clientVpc);
        var notes = ImmutableArray.CreateBuilder<ExplanationCode>();
        // Private DNS covers the regional name of the endpoint's own region only (E2).
        var candidates = model.VpcEndpointsOf(clientVpc)
            .Where(e => e.Type == VpcEndpointType.Interface && e.Service == service && !e.Interfaces.IsEmpty)
            .ToList();
        foreach (var endpoint in candidates)
        {
            if (!endpoint.Endpoint.PrivateDns) { notes.Add(ExplanationCode.PrivateDnsDisabled); continue; }
            if (vpc is null || !vpc.EnableDnsSupport || !vpc.EnableDnsHostnames) { notes.Add(ExplanationCode.DnsAttributesDisabled); continue; }
            if (!endpoint.Endpoint.IsAvailable) { notes.Add(ExplanationCode.EndpointNotAvailable); continue; }
            var nic = PickInterface(model, endpoint, clientSubnet);
            return new ServiceResolution
            {
                Service = service, Endpoint = endpoint, EndpointInterface = nic, Address = nic.PrivateIp,
                Addresses = Ipv4PrefixSet.Create(endpoint.Interfaces.Select(i => Ipv4Prefix.Host(i.PrivateIp))),
            };
        }
        var addresses = model.ServiceAddresses.Addresses(service);
        return new ServiceResolution
        {
            Service = service, Addresses = addresses, Address = addresses.Representative, Notes = [.. notes.Distinct()],
        };
    }

    /// <summary>The endpoint interface in the client's subnet, else one in the client's AZ, else the first (E1: any AZ works).</summary>
    private static CompiledInterface PickInterface(NetworkModel model, CompiledVpcEndpoint endpoint, SubnetId? clientSubnet)
    {
        if (clientSubnet is { } subnet)
        {
            if (endpoint.Interfaces.FirstOrDefault(i => i.Subnet == subnet) is { } same) return same;
            var zone = model.FindSubnet(subnet)?.AvailabilityZone;
            if (zone is not null && endpoint.Interfaces.FirstOrDefault(i => model.FindSubnet(i.Subnet)?.AvailabilityZone == zone) is { } sameZone)
                return sameZone;
        }
        return endpoint.Interfaces[0];
    }
}
