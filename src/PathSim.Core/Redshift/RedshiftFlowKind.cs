namespace PathSim.Redshift;

/// <summary>What a cluster does over the network that pathsim checks (AWS-RULES.md RS1–RS7).</summary>
public enum RedshiftFlowKind
{
    /// <summary>COPY reads objects from S3 (RS1).</summary>
    Copy,
    /// <summary>UNLOAD writes objects to S3 (RS1).</summary>
    Unload,
    /// <summary>Spectrum external-table reads of S3 (RS5, RS6).</summary>
    Spectrum,
    /// <summary>The AWS Glue Data Catalog (RS7).</summary>
    Glue,
    /// <summary>The Athena data catalog (RS7).</summary>
    Athena,
}
