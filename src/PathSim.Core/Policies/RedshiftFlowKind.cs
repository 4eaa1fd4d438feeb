namespace PathSim.Policies;

/// <summary>The kinds of requests a Redshift cluster makes to other AWS services.</summary>
public enum RedshiftFlowKind
{
    /// <summary>COPY (and CREATE LIBRARY) reading objects and manifests from S3.</summary>
    Copy,

    /// <summary>UNLOAD writing objects to S3.</summary>
    Unload,

    /// <summary>Spectrum external-table reads from S3.</summary>
    Spectrum,

    /// <summary>Spectrum's catalog lookups in the AWS Glue Data Catalog (RS7).</summary>
    GlueCatalog,

    /// <summary>Spectrum's catalog lookups in Athena's data catalog (RS7).</summary>
    AthenaCatalog,
}
