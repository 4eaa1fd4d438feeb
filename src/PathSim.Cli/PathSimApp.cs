using System.CommandLine;
using PathSim.Cli.Check;
using PathSim.Cli.Loading;
using PathSim.Cli.Output;
using PathSim.Redshift;
using PathSim.Topology;

namespace PathSim.Cli;

/// <summary>
/// The <c>pathsim</c> command tree and its one last-resort catch: an internal failure prints one
/// line (details only with <c>--verbose</c>) and exits <see cref="ExitCodes.InternalError"/>.
/// </summary>
public static class PathSimApp
{
    public static RootCommand CreateRootCommand(CommonOptions common, Func<NetworkTopology, RedshiftAnalyzer>? analyzerFactory = null)
    {
        var loaders = new TopologyLoaders([new SnapshotDirectoryLoader(), new YamlFileLoader()]);
        var root = new RootCommand("pathsim - network path reachability for Amazon Redshift in AWS VPCs (enhanced VPC routing, Spectrum, COPY/UNLOAD, Glue/Athena)")
        {
            CheckCommand.Create(common, loaders, analyzerFactory is null ? AnalysisComposition.CreateAnalyzer : (topology, _) => analyzerFactory(topology)),
            Tracing.TraceCommand.Create(common, loaders),
            Export.ExportCommand.Create(common, loaders),
            WhatIf.WhatIfCommand.Create(common, loaders, analyzerFactory ?? AnalysisComposition.CreateAnalyzer),
            WhatIf.DiffCommand.Create(common, loaders, analyzerFactory ?? AnalysisComposition.CreateAnalyzer),
            Generate.GenerateCommand.Create(),
            Reach.ReachCommand.Create(common, loaders),
            common.Verbose,
        };
        return root;
    }

    /// <param name="analyzerFactory">Replaces the analysis (tests use it to provoke an internal error).</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, Func<NetworkTopology, RedshiftAnalyzer>? analyzerFactory = null)
    {
        // Text from the input is printed as \uXXXX where it holds control or bidi characters (newuser-trial-3 #11).
        output = new PrintableTextWriter(output);
        error = new PrintableTextWriter(error);
        var common = new CommonOptions();
        var root = CreateRootCommand(common, analyzerFactory);
        var parsed = root.Parse(args);
        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            if (parsed.Action is System.CommandLine.Invocation.ParseErrorAction)
            {
                // The parser's errors in pathsim's form, PS7001, with the JSON document under --format json (newuser-trial-3 #12).
                bool json = parsed.GetResult(common.Format) is { } format && format.Tokens.Any(t => t.Value == "json");
                var report = new CommandReport(output, error, json ? OutputFormat.Json : OutputFormat.Text);
                report.Add(CommandLineErrors.Of(parsed));
                return report.InvalidInput();
            }
            return parsed.Invoke(config);
        }
        catch (Exception e)
        {
            error.WriteLine($"pathsim: internal error: {e.GetType().Name}: {FirstLine(e.Message)} (this is a bug; rerun with --verbose for details)");
            if (parsed.GetValue(common.Verbose)) error.WriteLine(e.ToString());
            return ExitCodes.InternalError;
        }
    }

    private static string FirstLine(string text)
    {
        int newline = text.IndexOfAny(['\r', '\n']);
        return newline < 0 ? text : text[..newline];
    }
}
