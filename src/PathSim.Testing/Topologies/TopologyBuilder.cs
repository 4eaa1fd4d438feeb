using System.Collections.Immutable;
using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Topology;

namespace PathSim.Testing.Topologies;

/// <summary>
/// A concise fluent way to write small topologies in C# (tests, examples, generators). Values are given
/// as the strings a topology file uses (<c>"10.0.0.0/16"</c>, <c>"tcp"</c>, <c>"1024-65535"</c>, <c>"nat-a"</c>)
/// and parsed strictly: a malformed value throws, because a builder call is code, not user input.
/// Defaults follow TOPOLOGY.md (a security group without an Egress call gets AWS's allow-all egress rule).
/// </summary>
public sealed class TopologyBuilder
{
    private readonly string _region;
    private readonly List<Vpc> _vpcs = [];
    private readonly List<Subnet> _subnets = [];
    private readonly List<RouteTable> _routeTables = [];
    private readonly List<InternetGateway> _internetGateways = [];
    private readonly List<NatGateway> _natGateways = [];
    private readonly List<VpcEndpoint> _endpoints = [];
    private readonly List<VpcPeeringConnection> _peerings = [];
    private readonly List<PrefixList> _prefixLists = [];
    private readonly List<SecurityGroup> _securityGroups = [];
    private readonly List<NetworkAcl> _acls = [];
    private readonly List<NetworkInterface> _interfaces = [];
    private readonly List<RedshiftCluster> _clusters = [];
    private readonly List<S3Bucket> _buckets = [];

    public TopologyBuilder(string region = "us-east-1") => _region = region;

    public TopologyBuilder Vpc(string id, string cidrs, bool dnsSupport = true, bool dnsHostnames = true, string? region = null)
    {
        _vpcs.Add(new Vpc
        {
            Id = new VpcId(id),
            Cidrs = cidrs.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Ipv4Prefix.Parse).ToValueArray(),
            Region = region ?? _region, EnableDnsSupport = dnsSupport, EnableDnsHostnames = dnsHostnames,
        });
        return this;
    }

    public TopologyBuilder Subnet(string id, string vpc, string cidr, string? routeTable = null, string? networkAcl = null, string? availabilityZone = null)
    {
        _subnets.Add(new Subnet
        {
            Id = new SubnetId(id), Vpc = new VpcId(vpc), Cidr = Ipv4Prefix.Parse(cidr), AvailabilityZone = availabilityZone,
            RouteTable = routeTable is null ? null : new RouteTableId(routeTable),
            NetworkAcl = networkAcl is null ? null : new NetworkAclId(networkAcl),
        });
        return this;
    }

    /// <summary>A route table; <paramref name="routes"/> adds its routes (local routes are implicit).</summary>
    public TopologyBuilder RouteTable(string id, string vpc, bool main = false, Action<RouteListBuilder>? routes = null)
    {
        var list = new RouteListBuilder();
        routes?.Invoke(list);
        _routeTables.Add(new RouteTable { Id = new RouteTableId(id), Vpc = new VpcId(vpc), IsMain = main, Routes = list.Build() });
        return this;
    }

    /// <summary>An internet gateway; <paramref name="vpc"/> null makes a detached one.</summary>
    public TopologyBuilder InternetGateway(string id, string? vpc)
    {
        _internetGateways.Add(new InternetGateway { Id = new InternetGatewayId(id), Vpc = vpc is null ? null : new VpcId(vpc) });
        return this;
    }

    public TopologyBuilder NatGateway(string id, string subnet, string? publicIp = null, string? privateIp = null,
        NatGatewayConnectivity connectivity = NatGatewayConnectivity.Public, bool available = true)
    {
        _natGateways.Add(new NatGateway
        {
            Id = new NatGatewayId(id), Subnet = new SubnetId(subnet), Connectivity = connectivity, IsAvailable = available,
            PublicIp = publicIp is null ? null : Ipv4Address.Parse(publicIp),
            PrivateIp = privateIp is null ? null : Ipv4Address.Parse(privateIp),
        });
        return this;
    }

    public TopologyBuilder GatewayEndpoint(string id, string vpc, string serviceName, params string[] routeTables) =>
        GatewayEndpoint(id, vpc, serviceName, available: true, routeTables);

    /// <summary>A gateway endpoint in state available, or (<paramref name="available"/> false) pending, failed or deleting.</summary>
    public TopologyBuilder GatewayEndpoint(string id, string vpc, string serviceName, bool available, params string[] routeTables)
    {
        _endpoints.Add(new VpcEndpoint
        {
            Id = new VpcEndpointId(id), Vpc = new VpcId(vpc), ServiceName = serviceName, Type = VpcEndpointType.Gateway,
            RouteTables = routeTables.Select(t => new RouteTableId(t)).ToValueArray(), IsAvailable = available,
        });
        return this;
    }

    public TopologyBuilder InterfaceEndpoint(string id, string vpc, string serviceName, string[] subnets, string[]? securityGroups = null,
        bool privateDns = true, string[]? networkInterfaces = null, bool available = true)
    {
        _endpoints.Add(new VpcEndpoint
        {
            Id = new VpcEndpointId(id), Vpc = new VpcId(vpc), ServiceName = serviceName, Type = VpcEndpointType.Interface,
            Subnets = subnets.Select(s => new SubnetId(s)).ToValueArray(),
            SecurityGroups = (securityGroups ?? []).Select(g => new SecurityGroupId(g)).ToValueArray(),
            NetworkInterfaces = (networkInterfaces ?? []).Select(n => new NetworkInterfaceId(n)).ToValueArray(),
            PrivateDns = privateDns, IsAvailable = available,
        });
        return this;
    }

    public TopologyBuilder Peering(string id, string requesterVpc, string accepterVpc, bool active = true, string? accepterRegion = null)
    {
        _peerings.Add(new VpcPeeringConnection
        {
            Id = new VpcPeeringConnectionId(id), RequesterVpc = new VpcId(requesterVpc), AccepterVpc = new VpcId(accepterVpc),
            IsActive = active, AccepterRegion = accepterRegion,
        });
        return this;
    }

    public TopologyBuilder PrefixList(string id, string name, params string[] cidrs)
    {
        _prefixLists.Add(new PrefixList { Id = new PrefixListId(id), Name = name, Cidrs = cidrs.Select(Ipv4Prefix.Parse).ToValueArray() });
        return this;
    }

    /// <summary>A security group; without any <see cref="SecurityGroupRulesBuilder.Egress"/> call it keeps AWS's allow-all egress (F1).</summary>
    public TopologyBuilder SecurityGroup(string id, string vpc, Action<SecurityGroupRulesBuilder>? rules = null)
    {
        var builder = new SecurityGroupRulesBuilder();
        rules?.Invoke(builder);
        _securityGroups.Add(new SecurityGroup { Id = new SecurityGroupId(id), Vpc = new VpcId(vpc), Ingress = builder.IngressRules, Egress = builder.EgressRules });
        return this;
    }

    /// <summary>A network ACL; a non-default ACL without rules denies everything (F2).</summary>
    public TopologyBuilder NetworkAcl(string id, string vpc, bool isDefault = false, Action<NetworkAclRulesBuilder>? rules = null)
    {
        var builder = new NetworkAclRulesBuilder();
        rules?.Invoke(builder);
        _acls.Add(new NetworkAcl { Id = new NetworkAclId(id), Vpc = new VpcId(vpc), IsDefault = isDefault, Ingress = builder.IngressRules, Egress = builder.EgressRules });
        return this;
    }

    public TopologyBuilder Interface(string id, string subnet, string privateIp, string? publicIp = null, string[]? securityGroups = null,
        string? instance = null, NetworkInterfaceKind kind = NetworkInterfaceKind.Instance)
    {
        _interfaces.Add(new NetworkInterface
        {
            Id = new NetworkInterfaceId(id), Subnet = new SubnetId(subnet), PrivateIp = Ipv4Address.Parse(privateIp),
            PublicIp = publicIp is null ? null : Ipv4Address.Parse(publicIp),
            SecurityGroups = (securityGroups ?? []).Select(g => new SecurityGroupId(g)).ToValueArray(),
            Instance = instance is null ? null : new InstanceId(instance), Kind = kind,
        });
        return this;
    }

    public TopologyBuilder RedshiftCluster(string id, string[] subnets, string[]? securityGroups = null, bool enhancedVpcRouting = true,
        bool publiclyAccessible = false, string? elasticIp = null, RedshiftDeployment deployment = RedshiftDeployment.Provisioned,
        string nodeType = "ra3.4xlarge", DataCatalog catalog = DataCatalog.Glue, BucketUse[]? buckets = null, string[]? networkInterfaces = null)
    {
        _clusters.Add(new RedshiftCluster
        {
            Id = new RedshiftClusterId(id), Deployment = deployment, NodeType = nodeType, EnhancedVpcRouting = enhancedVpcRouting,
            PubliclyAccessible = publiclyAccessible, ElasticIp = elasticIp is null ? null : Ipv4Address.Parse(elasticIp),
            Subnets = subnets.Select(s => new SubnetId(s)).ToValueArray(),
            SecurityGroups = (securityGroups ?? []).Select(g => new SecurityGroupId(g)).ToValueArray(),
            Catalog = catalog, Buckets = (buckets ?? []).ToValueArray(),
            NetworkInterfaces = (networkInterfaces ?? []).Select(n => new NetworkInterfaceId(n)).ToValueArray(),
        });
        return this;
    }

    public TopologyBuilder S3Bucket(string name, string? region = null)
    {
        _buckets.Add(new S3Bucket { Name = name, Region = region ?? _region });
        return this;
    }

    public NetworkTopology Build() => new()
    {
        Region = _region, Source = "TopologyBuilder",
        Vpcs = [.. _vpcs], Subnets = [.. _subnets], RouteTables = [.. _routeTables], InternetGateways = [.. _internetGateways],
        NatGateways = [.. _natGateways], VpcEndpoints = [.. _endpoints], VpcPeeringConnections = [.. _peerings],
        PrefixLists = [.. _prefixLists], SecurityGroups = [.. _securityGroups], NetworkAcls = [.. _acls],
        NetworkInterfaces = [.. _interfaces], RedshiftClusters = [.. _clusters], S3Buckets = [.. _buckets],
    };
}
