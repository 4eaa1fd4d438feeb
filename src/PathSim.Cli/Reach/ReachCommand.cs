using System.CommandLine;
using PathSim.Cli.Loading;
using PathSim.Cli.Output;
using PathSim.Network;
using PathSim.Solver.Symbolic;

namespace PathSim.Cli.Reach;

/// <summary><c>pathsim reach TOPOLOGY --from SOURCE [--format text|json]</c>: the symbolic engine's whole partition for a source.</summary>
public static class ReachCommand
{
    public static Command Create(CommonOptions common, TopologyLoaders loaders)
    {
        var input = new TopologyInput();
        var from = new Option<string>("--from")
        {
            Description = "A network interface, instance, NAT gateway, private IP, subnet or Redshift cluster (each of its node interfaces)",
            Required = true,
        };
        var command = new Command("reach", "Every packet a source can send, partitioned by where it goes (or where and why it is dropped) and whether its reply returns")
        {
            from, common.Format, common.Region,
        };
        input.AddTo(command);
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var topologyText = parse.GetValue(input.Topology) ?? "aws";
            var report = common.ReportFor(parse);
            if (input.LoadAndReport(parse, loaders, common.Region, report) is not { } loaded)
                return report.InvalidInput();
            var model = NetworkModel.Build(loaded);
            var sources = ReachSources.Resolve(model, parse.GetValue(from)!, out var error);
            if (sources.IsEmpty)
            {
                return report.InvalidArgument("--from", error ?? "not found");
            }
            var engine = new SymbolicEngine(model);
            var reports = sources.Select(s => engine.Reach(s)).ToList();
            switch (common.FormatOf(parse))
            {
                case OutputFormat.Json: ReachJsonRenderer.Render(topologyText, reports, stdout); break;
                default: ReachTextRenderer.Render(reports, nic => model.FindVpc(nic.Vpc)?.Region, stdout); break;
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Classes in reading order: what arrives first, then what is dropped; discovery order within each.</summary>
    internal static IEnumerable<ReachClass> Ordered(ReachabilityReport report) =>
        report.Classes.OrderBy(c => c.Outcome.Disposition == ReachDisposition.Dropped ? 1 : 0);
}
