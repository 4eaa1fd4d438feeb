using System.CommandLine;
using PathSim.Cli.Loading;
using PathSim.Cli.Output;
using PathSim.Redshift;
using PathSim.Topology;
using PathSim.WhatIf;

namespace PathSim.Cli.WhatIf;

/// <summary>
/// <c>pathsim diff BEFORE AFTER [--format text|json]</c> (CLI.md): check two topologies (files or
/// snapshot directories) and print the flows whose verdict, exit or blocker changed.
/// </summary>
public static class DiffCommand
{
    public static Command Create(CommonOptions common, TopologyLoaders loaders, Func<NetworkTopology, RedshiftAnalyzer> analyzerFactory)
    {
        var before = new Argument<string>("before") { Description = "The topology as it is: a YAML file or a snapshot directory" };
        var after = new Argument<string>("after") { Description = "The topology as it would be" };
        var command = new Command("diff", "Compare the Redshift flows of two topologies: the flows whose verdict, exit or blocker changes (exit 1 when any got worse)")
        {
            before, after, common.Format, common.Region,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var region = parse.GetValue(common.Region);
            var report = common.ReportFor(parse);
            var old = loaders.LoadAndReport(parse.GetValue(before)!, region, report);
            var now = loaders.LoadAndReport(parse.GetValue(after)!, region, report);
            if (old is null || now is null) return report.InvalidInput();

            // Two files or snapshots of one estate mostly agree: re-check only what differs in content.
            var previous = analyzerFactory(old).Check(old);
            var current = IncrementalCheck.Run(old, previous, now, analyzerFactory, TopologyChanges.InContent(old, now));
            var diff = FlowDiff.Compare(previous, current) with { Notes = DiffNotes.Of(old, now) };
            switch (common.FormatOf(parse))
            {
                case OutputFormat.Json: DiffJsonRenderer.Render(diff, null, stdout); break;
                default: DiffTextRenderer.Render(diff, null, stdout); break;
            }
            return diff.AnyWorse ? ExitCodes.FlowGotWorse : ExitCodes.Ok;
        });
        return command;
    }
}
