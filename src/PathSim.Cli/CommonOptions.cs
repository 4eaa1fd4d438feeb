using System.CommandLine;
using PathSim.Cli.Output;

namespace PathSim.Cli;

/// <summary>Options every command shares; one instance each so the root and subcommands agree.</summary>
public sealed class CommonOptions
{
    public Option<OutputFormat> Format { get; } = CreateFormat();

    /// <summary>CLI.md: the region of describe files placed directly in a snapshot directory (Batfish's default us-west-2).</summary>
    public Option<string?> Region { get; } = new("--region") { Description = "Region of describe-* files placed directly in a snapshot directory (default us-west-2)" };

    /// <summary>Details (stack traces of internal errors) on stderr.</summary>
    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Show details of internal errors", Recursive = true };

    private static Option<OutputFormat> CreateFormat()
    {
        var format = new Option<OutputFormat>("--format", "-f")
        {
            Description = "Output format",
            DefaultValueFactory = _ => OutputFormat.Text,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? "text" : result.Tokens[0].Value;
                switch (text)
                {
                    case "text": return OutputFormat.Text;
                    case "json": return OutputFormat.Json;
                    default:
                        result.AddError($"'{text}' is not a format; use text or json.");
                        return OutputFormat.Text;
                }
            },
        };
        format.CompletionSources.Add("text", "json");
        return format;
    }
}
