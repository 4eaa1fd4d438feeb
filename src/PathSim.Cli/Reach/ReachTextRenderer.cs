using PathSim.Solver.Symbolic;

namespace PathSim.Cli.Reach;

/// <summary>The reach partition as text: per source, one heading per outcome class and its packets as merged boxes.</summary>
public static class ReachTextRenderer
{
    /// <summary>Boxes shown per class; the JSON has them all.</summary>
    public const int BoxesShown = 12;

    public static void Render(IReadOnlyList<ReachabilityReport> reports, TextWriter output)
    {
        foreach (var report in reports)
        {
            var source = report.Source;
            output.WriteLine($"from {source.Id} ({source.PrivateIp}, {source.Subnet}, {source.Vpc}): {report.Classes.Length} classes");
            foreach (var c in ReachCommand.Ordered(report))
            {
                output.WriteLine($"  {Heading(c.Outcome)}");
                var boxes = c.Boxes;
                foreach (var box in boxes.Take(BoxesShown)) output.WriteLine($"      {box}");
                if (boxes.Count > BoxesShown) output.WriteLine($"      ... and {boxes.Count - BoxesShown} more (use --format json for all)");
            }
            output.WriteLine();
        }
    }

    private static string Heading(ReachOutcome o)
    {
        if (o.Disposition == ReachDisposition.Dropped)
            return $"DROPPED at {o.At} {o.Code}{(o.Rule is null ? "" : $": {o.Rule}")}{(o.Via is null ? "" : $" (after {o.Via})")}";
        var what = o.Disposition switch
        {
            ReachDisposition.DeliveredToInterface => $"DELIVERED to {o.Target}",
            ReachDisposition.ReachedService => $"REACHED {o.Target}",
            _ => "REACHED the internet",
        };
        var reply = o.Reply switch
        {
            null or { Disposition: ReplyDisposition.Returns } => "reply returns",
            { Disposition: ReplyDisposition.Intermittent } r => $"reply INTERMITTENT at {r.At} {r.Code}: {r.Rule}",
            var r => $"reply DROPPED at {r.At} {r.Code}{(r.Rule is null ? "" : $": {r.Rule}")}",
        };
        return $"{what}{(o.Via is null ? "" : $" via {o.Via}")}; {reply}";
    }
}
