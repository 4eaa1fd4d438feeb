using System.Text.Json.Nodes;
using Amazon.Runtime;
using Ec2 = Amazon.EC2.Model;

namespace PathSim.Aws.Live;

/// <summary>
/// Writes AWS SDK response objects as the JSON the AWS CLI prints for the same call (same field names),
/// so a live read goes through the very reader a snapshot does and both give the same topology.
/// Only the fields the readers use are written. Absent values are null, which the readers treat as absent.
/// </summary>
internal static class SdkDescribeOutput
{
    public static JsonObject Vpc(Ec2.Vpc v) => new()
    {
        ["VpcId"] = v.VpcId,
        ["CidrBlock"] = v.CidrBlock,
        ["CidrBlockAssociationSet"] = List(v.CidrBlockAssociationSet, a => new JsonObject
        {
            ["CidrBlock"] = a.CidrBlock,
            ["CidrBlockState"] = new JsonObject { ["State"] = Text(a.CidrBlockState?.State) },
        }),
        ["Ipv6CidrBlockAssociationSet"] = List(v.Ipv6CidrBlockAssociationSet, a => new JsonObject { ["Ipv6CidrBlock"] = a.Ipv6CidrBlock }),
        ["IsDefault"] = v.IsDefault,
        ["OwnerId"] = v.OwnerId,
    };

    public static JsonObject VpcAttributes(string vpcId, bool? enableDnsSupport, bool? enableDnsHostnames) => new()
    {
        ["VpcId"] = vpcId,
        ["EnableDnsSupport"] = enableDnsSupport is null ? null : new JsonObject { ["Value"] = enableDnsSupport },
        ["EnableDnsHostnames"] = enableDnsHostnames is null ? null : new JsonObject { ["Value"] = enableDnsHostnames },
    };

    public static JsonObject Subnet(Ec2.Subnet s) => new()
    {
        ["SubnetId"] = s.SubnetId,
        ["VpcId"] = s.VpcId,
        ["CidrBlock"] = s.CidrBlock,
        ["AvailabilityZone"] = s.AvailabilityZone,
        ["MapPublicIpOnLaunch"] = s.MapPublicIpOnLaunch,
        ["Ipv6CidrBlockAssociationSet"] = List(s.Ipv6CidrBlockAssociationSet, a => new JsonObject { ["Ipv6CidrBlock"] = a.Ipv6CidrBlock }),
    };

    public static JsonObject RouteTable(Ec2.RouteTable t) => new()
    {
        ["RouteTableId"] = t.RouteTableId,
        ["VpcId"] = t.VpcId,
        ["Associations"] = List(t.Associations, a => new JsonObject
        {
            ["Main"] = a.Main,
            ["SubnetId"] = a.SubnetId,
            ["GatewayId"] = a.GatewayId,
            ["AssociationState"] = a.AssociationState is null ? null : new JsonObject { ["State"] = Text(a.AssociationState.State) },
        }),
        ["Routes"] = List(t.Routes, r => new JsonObject
        {
            ["DestinationCidrBlock"] = r.DestinationCidrBlock,
            ["DestinationPrefixListId"] = r.DestinationPrefixListId,
            ["DestinationIpv6CidrBlock"] = r.DestinationIpv6CidrBlock,
            ["GatewayId"] = r.GatewayId,
            ["NatGatewayId"] = r.NatGatewayId,
            ["VpcPeeringConnectionId"] = r.VpcPeeringConnectionId,
            ["TransitGatewayId"] = r.TransitGatewayId,
            ["NetworkInterfaceId"] = r.NetworkInterfaceId,
            ["EgressOnlyInternetGatewayId"] = r.EgressOnlyInternetGatewayId,
            ["InstanceId"] = r.InstanceId,
            ["CarrierGatewayId"] = r.CarrierGatewayId,
            ["LocalGatewayId"] = r.LocalGatewayId,
            ["CoreNetworkArn"] = r.CoreNetworkArn,
            ["Origin"] = Text(r.Origin),
            ["State"] = Text(r.State),
        }),
    };

    public static JsonObject NetworkAcl(Ec2.NetworkAcl a) => new()
    {
        ["NetworkAclId"] = a.NetworkAclId,
        ["VpcId"] = a.VpcId,
        ["IsDefault"] = a.IsDefault,
        ["Entries"] = List(a.Entries, e => new JsonObject
        {
            ["RuleNumber"] = e.RuleNumber,
            ["Protocol"] = e.Protocol,
            ["RuleAction"] = Text(e.RuleAction),
            ["Egress"] = e.Egress,
            ["CidrBlock"] = e.CidrBlock,
            ["Ipv6CidrBlock"] = e.Ipv6CidrBlock,
            ["PortRange"] = e.PortRange is null ? null : new JsonObject { ["From"] = e.PortRange.From, ["To"] = e.PortRange.To },
        }),
        ["Associations"] = List(a.Associations, s => new JsonObject { ["SubnetId"] = s.SubnetId }),
    };

    public static JsonObject SecurityGroup(Ec2.SecurityGroup g) => new()
    {
        ["GroupId"] = g.GroupId,
        ["GroupName"] = g.GroupName,
        ["VpcId"] = g.VpcId,
        ["IpPermissions"] = List(g.IpPermissions, Permission),
        ["IpPermissionsEgress"] = List(g.IpPermissionsEgress, Permission),
    };

    /// <summary>The SDK calls the IPv4 ranges <c>Ipv4Ranges</c>; the CLI (and so every snapshot) <c>IpRanges</c>.</summary>
    private static JsonObject Permission(Ec2.IpPermission p) => new()
    {
        ["IpProtocol"] = p.IpProtocol,
        ["FromPort"] = p.FromPort,
        ["ToPort"] = p.ToPort,
        ["IpRanges"] = List(p.Ipv4Ranges, r => new JsonObject { ["CidrIp"] = r.CidrIp, ["Description"] = r.Description }),
        ["Ipv6Ranges"] = List(p.Ipv6Ranges, r => new JsonObject { ["CidrIpv6"] = r.CidrIpv6 }),
        ["PrefixListIds"] = List(p.PrefixListIds, l => new JsonObject { ["PrefixListId"] = l.Id, ["Description"] = l.Description }),
        ["UserIdGroupPairs"] = List(p.UserIdGroupPairs, u => new JsonObject { ["GroupId"] = u.GroupId, ["Description"] = u.Description }),
    };

    public static JsonObject NetworkInterface(Ec2.NetworkInterface n) => new()
    {
        ["NetworkInterfaceId"] = n.NetworkInterfaceId,
        ["SubnetId"] = n.SubnetId,
        ["VpcId"] = n.VpcId,
        ["PrivateIpAddress"] = n.PrivateIpAddress,
        ["PrivateIpAddresses"] = List(n.PrivateIpAddresses, a => new JsonObject { ["PrivateIpAddress"] = a.PrivateIpAddress }),
        ["Association"] = n.Association is null ? null : new JsonObject { ["PublicIp"] = n.Association.PublicIp },
        ["Groups"] = List(n.Groups, g => new JsonObject { ["GroupId"] = g.GroupId }),
        ["Description"] = n.Description,
        ["InterfaceType"] = Text(n.InterfaceType),
        ["Attachment"] = n.Attachment is null ? null : new JsonObject { ["InstanceId"] = n.Attachment.InstanceId },
        ["Ipv6Addresses"] = List(n.Ipv6Addresses, a => new JsonObject { ["Ipv6Address"] = a.Ipv6Address }),
    };

    public static JsonObject Reservation(Ec2.Reservation r) => new()
    {
        ["Instances"] = List(r.Instances, i => new JsonObject
        {
            ["InstanceId"] = i.InstanceId,
            ["State"] = new JsonObject { ["Name"] = Text(i.State?.Name) },
            ["NetworkInterfaces"] = List(i.NetworkInterfaces, n => new JsonObject
            {
                ["NetworkInterfaceId"] = n.NetworkInterfaceId,
                ["SubnetId"] = n.SubnetId,
                ["PrivateIpAddress"] = n.PrivateIpAddress,
                ["PrivateIpAddresses"] = List(n.PrivateIpAddresses, a => new JsonObject { ["PrivateIpAddress"] = a.PrivateIpAddress }),
                ["Association"] = n.Association is null ? null : new JsonObject { ["PublicIp"] = n.Association.PublicIp },
                ["Groups"] = List(n.Groups, g => new JsonObject { ["GroupId"] = g.GroupId }),
                ["Description"] = n.Description,
                ["InterfaceType"] = n.InterfaceType,
                ["Ipv6Addresses"] = List(n.Ipv6Addresses, a => new JsonObject { ["Ipv6Address"] = a.Ipv6Address }),
            }),
        }),
    };

    public static JsonObject InternetGateway(Ec2.InternetGateway g) => new()
    {
        ["InternetGatewayId"] = g.InternetGatewayId,
        ["Attachments"] = List(g.Attachments, a => new JsonObject { ["State"] = Text(a.State), ["VpcId"] = a.VpcId }),
    };

    public static JsonObject NatGateway(Ec2.NatGateway n) => new()
    {
        ["NatGatewayId"] = n.NatGatewayId,
        ["SubnetId"] = n.SubnetId,
        ["VpcId"] = n.VpcId,
        ["State"] = Text(n.State),
        ["ConnectivityType"] = Text(n.ConnectivityType),
        ["NatGatewayAddresses"] = List(n.NatGatewayAddresses, a => new JsonObject
        {
            ["PrivateIp"] = a.PrivateIp,
            ["PublicIp"] = a.PublicIp,
            ["NetworkInterfaceId"] = a.NetworkInterfaceId,
            ["IsPrimary"] = a.IsPrimary,
        }),
    };

    public static JsonObject VpcEndpoint(Ec2.VpcEndpoint e) => new()
    {
        ["VpcEndpointId"] = e.VpcEndpointId,
        ["VpcId"] = e.VpcId,
        ["ServiceName"] = e.ServiceName,
        ["VpcEndpointType"] = Text(e.VpcEndpointType),
        ["RouteTableIds"] = Strings(e.RouteTableIds),
        ["SubnetIds"] = Strings(e.SubnetIds),
        ["Groups"] = List(e.Groups, g => new JsonObject { ["GroupId"] = g.GroupId }),
        ["PrivateDnsEnabled"] = e.PrivateDnsEnabled,
        ["PolicyDocument"] = e.PolicyDocument,
        ["NetworkInterfaceIds"] = Strings(e.NetworkInterfaceIds),
        ["State"] = Text(e.State),
    };

    public static JsonObject PrefixList(Ec2.PrefixList p) => new()
    {
        ["PrefixListId"] = p.PrefixListId,
        ["PrefixListName"] = p.PrefixListName,
        ["Cidrs"] = Strings(p.Cidrs),
    };

    /// <param name="entries">From get-managed-prefix-list-entries; null when not fetched (AWS-managed lists).</param>
    public static JsonObject ManagedPrefixList(Ec2.ManagedPrefixList p, IReadOnlyList<Ec2.PrefixListEntry>? entries) => new()
    {
        ["PrefixListId"] = p.PrefixListId,
        ["PrefixListName"] = p.PrefixListName,
        ["AddressFamily"] = p.AddressFamily,
        ["OwnerId"] = p.OwnerId,
        ["State"] = Text(p.State),
        ["Entries"] = entries is null ? null : new JsonArray([.. entries.Select(e => (JsonNode)new JsonObject { ["Cidr"] = e.Cidr })]),
    };

    public static JsonObject VpcPeeringConnection(Ec2.VpcPeeringConnection p) => new()
    {
        ["VpcPeeringConnectionId"] = p.VpcPeeringConnectionId,
        ["RequesterVpcInfo"] = PeeringSide(p.RequesterVpcInfo),
        ["AccepterVpcInfo"] = PeeringSide(p.AccepterVpcInfo),
        ["Status"] = p.Status is null ? null : new JsonObject { ["Code"] = Text(p.Status.Code) },
    };

    private static JsonObject? PeeringSide(Ec2.VpcPeeringConnectionVpcInfo? info) =>
        info is null ? null : new JsonObject { ["VpcId"] = info.VpcId, ["Region"] = info.Region, ["OwnerId"] = info.OwnerId };

    public static JsonObject Address(Ec2.Address a) => new()
    {
        ["PublicIp"] = a.PublicIp,
        ["AllocationId"] = a.AllocationId,
        ["NetworkInterfaceId"] = a.NetworkInterfaceId,
        ["InstanceId"] = a.InstanceId,
        ["PrivateIpAddress"] = a.PrivateIpAddress,
        ["Domain"] = Text(a.Domain),
    };

    private static string? Text(ConstantClass? value) => value?.Value;

    /// <summary>SDK v4 leaves absent lists null (DOTNET-NOTES.md); null stays null.</summary>
    private static JsonArray? List<T>(List<T>? items, Func<T, JsonNode> map) =>
        items is null ? null : new JsonArray([.. items.Select(map)]);

    private static JsonArray? Strings(List<string>? items) =>
        items is null ? null : new JsonArray([.. items.Select(s => (JsonNode?)JsonValue.Create(s))]);
}
