using PathSim.Addressing;
using PathSim.Topology;

namespace PathSim.Redshift;

/// <summary>
/// The requests a flow makes, as a policy sees them (E3, E4, RS4, RS5): who (the cluster's IAM role),
/// what (the flow's S3 or catalog actions), and how it arrived — through <see cref="Endpoint"/> in
/// <see cref="Vpc"/>, from <see cref="PublicSource"/>, or from outside the VPC entirely.
/// </summary>
public sealed record FlowAccessQuery
{
    public required RedshiftCluster Cluster { get; init; }
    public required RedshiftFlow Flow { get; init; }

    /// <summary>The endpoint the requests passed; null when they did not pass one.</summary>
    public VpcEndpoint? Endpoint { get; init; }

    /// <summary>The cluster's VPC; only present on the request when it passed an endpoint (E4).</summary>
    public VpcId? Vpc { get; init; }
    public Ipv4Address? PublicSource { get; init; }

    /// <summary>True for Spectrum on provisioned clusters and for everything without EVR (RS1, RS5).</summary>
    public bool OutsideVpc { get; init; }
}
