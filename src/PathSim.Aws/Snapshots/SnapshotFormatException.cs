namespace PathSim.Aws.Snapshots;

/// <summary>
/// Raised inside the snapshot readers when one resource cannot be read; caught per resource and turned
/// into a PS6101 diagnostic, so the rest of the file still loads. Never escapes the reader.
/// </summary>
internal sealed class SnapshotFormatException(string jsonPath, string problem) : Exception($"{problem} at JSON path {jsonPath}")
{
    public string JsonPath { get; } = jsonPath;
    public string Problem { get; } = problem;
}
