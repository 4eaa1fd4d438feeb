using PathSim.Collections;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Aws.Snapshots.Resources;

/// <summary><c>VpcEndpoints</c> (describe-vpc-endpoints): gateway endpoints by route table (R6), interface endpoints by subnet (E1).</summary>
internal static class VpcEndpointReader
{
    public static void Read(JsonCursor item, DescribeSource source, SnapshotContent content)
    {
        var id = new VpcEndpointId(item.RequiredString("VpcEndpointId"));
        var location = source.LocationOf(id.Value);
        string state = (item.OptionalString("State") ?? "available").ToLowerInvariant();
        if (state is "deleting" or "deleted" or "rejected" or "failed" or "expired")
        {
            content.DeletedTargets.Add(id.Value);
            return;
        }
        string typeText = item.OptionalString("VpcEndpointType") ?? "Gateway";
        VpcEndpointType? type = typeText.ToLowerInvariant() switch
        {
            "gateway" => VpcEndpointType.Gateway,
            "interface" => VpcEndpointType.Interface,
            "gatewayloadbalancer" => VpcEndpointType.GatewayLoadBalancer,
            _ => null,
        };
        if (type is null)
        {
            content.Report(DiagnosticDescriptors.UnmodelledResource, location, "VPC endpoint", id.Value, $"endpoints of type {typeText} are not modelled");
            return;
        }
        if (type == VpcEndpointType.GatewayLoadBalancer)
            content.Report(DiagnosticDescriptors.UnmodelledResource, location, "VPC endpoint", id.Value, "Gateway Load Balancer endpoints are read but carry no modelled path");

        var policy = item.OptionalString("PolicyDocument");
        bool isGateway = type == VpcEndpointType.Gateway;
        content.VpcEndpoints.Add(new VpcEndpoint
        {
            Id = id,
            Vpc = new VpcId(item.RequiredString("VpcId")),
            ServiceName = item.RequiredString("ServiceName"),
            Type = type.Value,
            RouteTables = isGateway ? item.Items("RouteTableIds").Select(r => new RouteTableId(r.AsString())).ToValueArray() : default,
            Subnets = isGateway ? default : item.Items("SubnetIds").Select(s => new SubnetId(s.AsString())).ToValueArray(),
            SecurityGroups = isGateway ? default : item.Items("Groups").Select(g => new SecurityGroupId(g.RequiredString("GroupId"))).ToValueArray(),
            NetworkInterfaces = isGateway ? default : item.Items("NetworkInterfaceIds").Select(n => new NetworkInterfaceId(n.AsString())).ToValueArray(),
            // Private DNS does not apply to gateway endpoints (describe shows false); keep the model's default there.
            PrivateDns = isGateway || (item.OptionalBool("PrivateDnsEnabled") ?? false),
            Policy = string.IsNullOrWhiteSpace(policy) ? null : new PolicyText(policy, location),
            IsAvailable = state == "available",
            Location = location,
        });
    }
}
