using System.CommandLine;
using PathSim.Cli.Loading;
using PathSim.Cli.Output;
using PathSim.Diagnostics;
using PathSim.Redshift;
using PathSim.Topology;

namespace PathSim.Cli.Check;

/// <summary><c>pathsim check TOPOLOGY [--cluster ID] [--engine symbolic|tracer] [--format text|json]</c> (CLI.md): definition and handler.</summary>
public static class CheckCommand
{
    public static Command Create(CommonOptions common, TopologyLoaders loaders, Func<NetworkTopology, PathEngine, RedshiftAnalyzer> analyzerFactory)
    {
        var input = new TopologyInput();
        var cluster = new Option<string?>("--cluster", "-c") { Description = "Check only this Redshift cluster" };
        var engine = new Option<string>("--engine")
        {
            Description = "What answers the in-VPC flows: the symbolic engine's exact split, or the tracer over sample packets (the reference)",
            DefaultValueFactory = _ => "symbolic",
        };
        engine.AcceptOnlyFromAmong("symbolic", "tracer");
        var command = new Command("check", "Check every Redshift cluster's flows (copy, unload, spectrum, catalog) from every subnet of its subnet group")
        {
            cluster, engine, common.Format, common.Region,
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

            var probe = parse.GetValue(engine) == "tracer" ? PathEngine.Tracer : PathEngine.Symbolic;
            var check = analyzerFactory(loaded, probe).Check(loaded, only);
            switch (common.FormatOf(parse))
            {
                case OutputFormat.Json: CheckJsonRenderer.Render(check, stdout, report.Diagnostics); break;
                default: CheckTextRenderer.Render(check, stdout); break;
            }
            return check.AllSucceeded ? ExitCodes.Ok : ExitCodes.FlowFailed;
        });
        return command;
    }
}
