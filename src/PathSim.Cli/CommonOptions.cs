using System.CommandLine;
using PathSim.Cli.Output;

namespace PathSim.Cli;

/// <summary>Options every command shares; one instance each so the root and subcommands agree.</summary>
public sealed class CommonOptions
{
    /// <summary><c>--format text|json</c>; read it with <see cref="FormatOf"/>.</summary>
    public Option<string> Format { get; } = CreateFormat();

    /// <summary>CLI.md: the region of describe files placed directly in a snapshot directory (Batfish's default us-west-2).</summary>
    public Option<string?> Region { get; } = new("--region") { Description = "Region of describe-* files placed directly in a snapshot directory (default us-west-2)" };

    /// <summary>Details (stack traces of internal errors) on stderr.</summary>
    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Show details of internal errors", Recursive = true };

    public OutputFormat FormatOf(ParseResult parse) => parse.GetValue(Format) == "json" ? OutputFormat.Json : OutputFormat.Text;

    /// <summary>The diagnostics of this run, written in the format asked for.</summary>
    public CommandReport ReportFor(ParseResult parse) =>
        new(parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, FormatOf(parse));

    private static Option<string> CreateFormat()
    {
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
    }
}
