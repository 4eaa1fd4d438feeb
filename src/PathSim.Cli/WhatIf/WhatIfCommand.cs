using System.CommandLine;
using System.CommandLine.Parsing;
using PathSim.Cli.Loading;
using PathSim.Cli.Output;
using PathSim.Diagnostics;
using PathSim.Redshift;
using PathSim.Topology;
using PathSim.WhatIf;
using PathSim.Yaml.Edits;

namespace PathSim.Cli.WhatIf;

/// <summary>
/// <c>pathsim whatif TOPOLOGY --edit EDITS.yaml [quick flags] [--format text|json]</c> (docs/whatif.md):
/// check, apply the edits (all or nothing), re-check what they can affect, print the flows that changed.
/// </summary>
public static class WhatIfCommand
{
    private static readonly string[] QuickFlags =
    [
        QuickEdits.Remove, QuickEdits.DetachEndpoint, QuickEdits.AttachEndpoint, QuickEdits.AddRoute,
        QuickEdits.ReplaceRoute, QuickEdits.RemoveRoute, QuickEdits.Set,
    ];

    public static Command Create(CommonOptions common, TopologyLoaders loaders, Func<NetworkTopology, RedshiftAnalyzer> analyzerFactory)
    {
        var input = new TopologyInput();
        var editFiles = new Option<string[]>("--edit", "-e") { Description = "An edits file (docs/whatif.md); repeatable, applied in order", AllowMultipleArgumentsPerToken = false };
        var command = new Command("whatif", "Apply proposed edits to a topology and print the Redshift flows whose verdict, exit or blocker changes (exit 1 when any got worse)")
        {
            editFiles, common.Format, common.Region,
        };
        input.AddTo(command);
        foreach (var flag in QuickFlags)
            command.Add(new Option<string[]>(flag) { Description = $"{QuickDescription(flag)} ({flag} {QuickEdits.SyntaxOf(flag)}); repeatable", HelpName = QuickEdits.SyntaxOf(flag) });

        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var report = common.ReportFor(parse);
            if (input.LoadAndReport(parse, loaders, common.Region, report) is not { } before)
                return report.InvalidInput();

            var diagnostics = new List<Diagnostic>();
            var edits = new List<TopologyEdit>();
            var files = parse.GetValue(editFiles) ?? [];
            foreach (var file in files)
            {
                var read = EditsYamlReader.Read(file, before);
                diagnostics.AddRange(read.Diagnostics);
                edits.AddRange(read.Edits);
            }
            var flags = QuickFlagValues(parse).ToList();
            foreach (var (flag, value) in flags)
                if (QuickEdits.Parse(flag, value, diagnostics) is { } edit) edits.Add(edit);
            // An edits file that lists no edits (edits: []) is a valid "no change"; no file and no flag is a usage error.
            if (files.Length == 0 && flags.Count == 0)
            {
                return report.InvalidArgument("--edit", "whatif needs edits: --edit EDITS.yaml or a quick flag such as --remove ID (see docs/whatif.md)");
            }
            report.Add(diagnostics);
            if (report.HasErrors) return report.InvalidInput();

            var outcome = TopologyEditor.Apply(before, edits);
            report.Add(outcome.Diagnostics);
            if (!outcome.Succeeded) return report.InvalidInput();
            string described = files.Length > 0 ? string.Join(" + ", files) : "command-line edits";
            var after = outcome.Topology with { Source = $"{before.Source} + {described}" };

            var previous = analyzerFactory(before).Check(before);
            var current = IncrementalCheck.Run(before, previous, after, analyzerFactory);
            var diff = FlowDiff.Compare(previous, current) with { Notes = DiffNotes.Of(before, after) };
            switch (common.FormatOf(parse))
            {
                case OutputFormat.Json: DiffJsonRenderer.Render(diff, edits, stdout); break;
                default: DiffTextRenderer.Render(diff, edits, stdout); break;
            }
            return diff.AnyWorse ? ExitCodes.FlowGotWorse : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The quick flags' values in command-line order, so `--remove x --add-route …` apply as written.</summary>
    private static IEnumerable<(string Flag, string Value)> QuickFlagValues(ParseResult parse)
    {
        var tokens = parse.Tokens;
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Type == TokenType.Option && QuickFlags.Contains(tokens[i].Value))
                yield return (tokens[i].Value, tokens[++i].Value);
        }
    }

    private static string QuickDescription(string flag) => flag switch
    {
        QuickEdits.Remove => "Remove a resource by id",
        QuickEdits.DetachEndpoint => "Detach a gateway endpoint from a route table",
        QuickEdits.AttachEndpoint => "Attach a gateway endpoint to a route table",
        QuickEdits.AddRoute => "Add a route",
        QuickEdits.ReplaceRoute => "Point a route at another target",
        QuickEdits.RemoveRoute => "Remove a route",
        _ => "Set a field of a resource",
    };
}
