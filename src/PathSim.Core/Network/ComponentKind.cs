namespace PathSim.Network;

/// <summary>What a component of the network model is; the kind of a trace hop and of a component-graph vertex.</summary>
public enum ComponentKind
{
    Vpc,
    Subnet,
    RouteTable,
    NetworkAcl,
    SecurityGroup,
    NetworkInterface,
    InternetGateway,
    NatGateway,
    VpcEndpoint,
    VpcPeeringConnection,
    PrefixList,
    RedshiftCluster,
    /// <summary>A route target pathsim does not follow (transit gateway, VPN gateway, egress-only IGW, ENI target).</summary>
    UnmodelledTarget,
    /// <summary>Any public address outside AWS's modelled services.</summary>
    Internet,
    /// <summary>An AWS service's address space in a region (id <c>s3:us-east-1</c>).</summary>
    AwsService,
    /// <summary>A service answered on the sender's own host (id <c>amazon-dns</c>, <c>instance-metadata</c>, <c>amazon-time-sync</c>; F4).</summary>
    HostService,
}
