using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Diagnostics;

namespace PathSim.Topology;

public sealed record VpcEndpoint
{
    public required VpcEndpointId Id { get; init; }
    public required VpcId Vpc { get; init; }

    /// <summary>e.g. <c>com.amazonaws.us-east-1.s3</c>.</summary>
    public required string ServiceName { get; init; }
    public required VpcEndpointType Type { get; init; }

    /// <summary>Gateway endpoints: the route tables that get the prefix-list route (R6).</summary>
    public ValueArray<RouteTableId> RouteTables { get; init; }

    /// <summary>Interface endpoints: one endpoint network interface per subnet (E1).</summary>
    public ValueArray<SubnetId> Subnets { get; init; }

    /// <summary>Interface endpoints: groups on the endpoint's interfaces (must allow inbound 443, E1).</summary>
    public ValueArray<SecurityGroupId> SecurityGroups { get; init; }

    /// <summary>Interface endpoints' network interfaces when known (snapshots); else the model makes one per subnet.</summary>
    public ValueArray<NetworkInterfaceId> NetworkInterfaces { get; init; }

    /// <summary>Private DNS for the service's regional name (E2). Default true.</summary>
    public bool PrivateDns { get; init; } = true;

    /// <summary>The endpoint policy as JSON; null means full access (E3).</summary>
    public PolicyText? Policy { get; init; }

    /// <summary>False for states other than available (pending, deleting, rejected, failed).</summary>
    public bool IsAvailable { get; init; } = true;
    public SourceLocation Location { get; init; }

    /// <summary>The service's region and short name from <see cref="ServiceName"/> (<c>com.amazonaws.REGION.NAME</c>).</summary>
    public (string Region, string Service)? ParsedServiceName => AwsServiceName.TryParse(ServiceName);
}
