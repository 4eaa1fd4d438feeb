namespace PathSim.Redshift;

public enum FlowPlacementKind
{
    /// <summary>The flow travels the cluster's VPC: routes, groups, ACLs, endpoints apply (RS1, RS2, RS6, RS7).</summary>
    InVpc,
    /// <summary>The flow runs outside the VPC (no EVR, or provisioned Spectrum): VPC settings cannot affect it.</summary>
    OutsideVpc,
    /// <summary>Spectrum against a bucket in another region: it cannot work wherever it runs (RS5).</summary>
    SpectrumCrossRegion,
}
