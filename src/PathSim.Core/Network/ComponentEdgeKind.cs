namespace PathSim.Network;

/// <summary>Why one component depends on another (edges of <see cref="ComponentGraph"/> point from dependent to dependency).</summary>
public enum ComponentEdgeKind
{
    /// <summary>Subnet → its VPC (DNS attributes, CIDRs).</summary>
    InVpc,
    /// <summary>Subnet → its effective route table (R3).</summary>
    UsesRouteTable,
    /// <summary>Subnet → its effective network ACL.</summary>
    UsesNetworkAcl,
    /// <summary>Subnet → the interfaces in it (flows start there).</summary>
    HostsInterface,
    /// <summary>Route table → a route target (igw, nat, vpce, pcx, unmodelled).</summary>
    RoutesTo,
    /// <summary>Route table or security group → a prefix list it uses.</summary>
    UsesPrefixList,
    /// <summary>Route table → a gateway endpoint associated with it (R6).</summary>
    AssociatedEndpoint,
    /// <summary>NAT gateway or interface → the subnet it sits in (its route table and NACL apply, G2).</summary>
    PlacedIn,
    /// <summary>Interface → a security group it carries.</summary>
    CarriesGroup,
    /// <summary>Security group → a group its rules reference (F1).</summary>
    ReferencesGroup,
    /// <summary>Interface endpoint → its interfaces; cluster → its node interfaces; NAT → its interface.</summary>
    OwnsInterface,
    /// <summary>VPC → an interface endpoint in it (private DNS changes resolution for the whole VPC, E2).</summary>
    HostsEndpoint,
    /// <summary>Peering connection → the subnets of both VPCs (arrival NACLs and the reply's routes).</summary>
    Peers,
    /// <summary>VPC → its subnets: followed only when intra-VPC paths are asked for (local route, R2).</summary>
    ContainsSubnet,
}
