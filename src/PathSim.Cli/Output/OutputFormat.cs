namespace PathSim.Cli.Output;

/// <summary><c>--format</c>: readable text (default) or the JSON contract of TOPOLOGY.md / CLI.md.</summary>
public enum OutputFormat
{
    Text,
    Json,
}
