namespace PathSim.Redshift;

public static class RedshiftFlowKindExtensions
{
    /// <summary>The wire name in JSON and text (TOPOLOGY.md): copy, unload, spectrum, glue, athena.</summary>
    public static string ToWireName(this RedshiftFlowKind kind) => kind switch
    {
        RedshiftFlowKind.Copy => "copy",
        RedshiftFlowKind.Unload => "unload",
        RedshiftFlowKind.Spectrum => "spectrum",
        RedshiftFlowKind.Glue => "glue",
        RedshiftFlowKind.Athena => "athena",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Whether the flow talks to S3 (as opposed to a catalog service).</summary>
    public static bool IsS3(this RedshiftFlowKind kind) =>
        kind is RedshiftFlowKind.Copy or RedshiftFlowKind.Unload or RedshiftFlowKind.Spectrum;
}
