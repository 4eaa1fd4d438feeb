using PathSim.Topology;

namespace PathSim.Redshift;

/// <summary>
/// The network question for one in-VPC flow: HTTPS (TCP 443) from the cluster's node interface in
/// <see cref="Subnet"/> to <see cref="Service"/> in <see cref="Region"/>, the way the node's DNS
/// resolves it (E2), with the reply on the node's ephemeral ports (F3).
/// </summary>
public sealed record NetworkPathQuery(RedshiftCluster Cluster, SubnetId Subnet, string Service, string Region)
{
    /// <summary>Every Redshift flow is HTTPS to an AWS service endpoint.</summary>
    public const int ServicePort = 443;
}
