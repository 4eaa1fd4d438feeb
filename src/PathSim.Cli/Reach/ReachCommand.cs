using System.Collections.Immutable;
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
            var reports = sources.Select(s => WithoutTrafficToItself(engine, engine.Reach(s))).ToList();
            switch (common.FormatOf(parse))
            {
                case OutputFormat.Json: ReachJsonRenderer.Render(topologyText, reports, stdout); break;
                default: ReachTextRenderer.Render(reports, nic => model.FindVpc(nic.Vpc)?.Region, stdout); break;
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// Traffic to the sender's own address never leaves its host, so a class of nothing but that traffic ("DROPPED at
    /// security-group … -> 10.0.1.4") is no answer and is left out (trial-4 #14). A class that only includes the address
    /// among others keeps it, so the ranges shown stay whole.
    /// </summary>
    private static ReachabilityReport WithoutTrafficToItself(SymbolicEngine engine, ReachabilityReport report)
    {
        var self = engine.Space.DestinationIs(report.Source.PrivateIp);
        var kept = report.Classes.Where(c => !c.Packets.IsSubsetOf(self)).ToImmutableArray();
        if (kept.Length == report.Classes.Length) return report;
        var packets = kept.Aggregate(engine.Space.Empty, (union, c) => union | c.Packets);
        return new ReachabilityReport(report.Source, packets, kept);
    }

    /// <summary>Classes in reading order: what arrives first, then what is dropped; discovery order within each.</summary>
    internal static IEnumerable<ReachClass> Ordered(ReachabilityReport report) =>
        report.Classes.OrderBy(c => c.Outcome.Disposition == ReachDisposition.Dropped ? 1 : 0);
}
