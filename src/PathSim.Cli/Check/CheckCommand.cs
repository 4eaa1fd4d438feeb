using System.CommandLine;
using PathSim.Cli.Loading;
using PathSim.Cli.Output;
using PathSim.Diagnostics;
using PathSim.Redshift;
using PathSim.Topology;

namespace PathSim.Cli.Check;

/// <summary><c>pathsim check TOPOLOGY [--cluster ID] [--format text|json]</c> (CLI.md): definition and handler.</summary>
public static class CheckCommand
{
    public static Command Create(CommonOptions common, TopologyLoaders loaders, Func<NetworkTopology, RedshiftAnalyzer> analyzerFactory)
    {
        var input = new TopologyInput();
        var cluster = new Option<string?>("--cluster", "-c") { Description = "Check only this Redshift cluster" };
        var command = new Command("check", "Check every Redshift cluster's flows (copy, unload, spectrum, catalog) from every subnet of its subnet group")
        {
            cluster, common.Format, common.Region,
        };
        input.AddTo(command);
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var report = common.ReportFor(parse);
            if (input.LoadAndReport(parse, loaders, common.Region, report) is not { } loaded)
                return report.InvalidInput();

            RedshiftClusterId? only = null;
            if (parse.GetValue(cluster) is { } id)
            {
                only = new RedshiftClusterId(id);
                if (!loaded.RedshiftClusters.Any(c => c.Id == only))
                {
                    var known = loaded.RedshiftClusters.Select(c => c.Id.Value).ToList();
                    return report.InvalidArgument("--cluster", $"no Redshift cluster '{id}' in {loaded.Source}" +
                        (known.Count == 0 ? " (it has none)" : $" (it has: {string.Join(", ", known)})"));
                }
            }

            // A snapshot taken without describe-clusters would otherwise pass a CI gate on nothing (newuser-trial-3 #14).
            if (loaded.RedshiftClusters.IsEmpty)
                report.Add([Diagnostic.Create(DiagnosticDescriptors.NoClustersToCheck, new SourceLocation(loaded.Source, 0, 0))]);

            var check = analyzerFactory(loaded).Check(loaded, only);
            switch (common.FormatOf(parse))
            {
                case OutputFormat.Json: CheckJsonRenderer.Render(check, stdout); break;
                default: CheckTextRenderer.Render(check, stdout); break;
            }
            return check.AllSucceeded ? ExitCodes.Ok : ExitCodes.FlowFailed;
        });
        return command;
    }
}
