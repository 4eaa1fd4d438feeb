namespace PathSim.Topology;

/// <summary>The external catalog Spectrum uses (RS7).</summary>
public enum DataCatalog
{
    Glue,
    Athena,
    /// <summary>A Hive metastore the user runs; pathsim does not check a path to it.</summary>
    Hive,
}
