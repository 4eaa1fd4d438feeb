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
        // The Redshift settings two snapshots of one estate lack (describe-clusters), merged into both sides (trial-4 #10).
        var overlay = new Option<string[]>("--redshift-overlay")
        {
            Description = "Redshift settings EC2 cannot show, merged into both snapshot directories: describe-clusters JSON, or a topology YAML file with redshift_clusters (repeatable)",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("diff", "Compare the Redshift flows of two topologies: the flows whose verdict, exit or blocker changes (exit 1 when any got worse)")
        {
            before, after, overlay, common.Format, common.Region,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var region = parse.GetValue(common.Region);
            var report = common.ReportFor(parse);
            var overlays = parse.GetValue(overlay) ?? [];
            var oldLoad = TopologyInput.LoadPath(parse.GetValue(before)!, region, overlays, loaders, report);
            report.Add(oldLoad.Diagnostics);
            var nowLoad = TopologyInput.LoadPath(parse.GetValue(after)!, region, overlays, loaders, report,
                warnRegion: !File.Exists(parse.GetValue(before)!));
            report.Add(nowLoad.Diagnostics);
            if (oldLoad.Topology is not { } old || nowLoad.Topology is not { } now) return report.InvalidInput();

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
