namespace PathSim.Topology;

[Flags]
public enum BucketUseKind
{
    None = 0,
    Copy = 1,
    Unload = 2,
    Spectrum = 4,
}
