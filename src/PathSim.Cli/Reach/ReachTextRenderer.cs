using PathSim.Network;
using PathSim.Services;
using PathSim.Solver.Symbolic;
using PathSim.Solver.Symbolic.PacketSets;

namespace PathSim.Cli.Reach;

/// <summary>
/// The reach partition as text: per source, one heading per outcome and its packets as lines of
/// <c>traffic -> destinations</c>. Public services of other regions reached through the same gateway as
/// the internet are shown with the internet (they are public endpoints there, and listing the ~60 of them
/// one by one hides what matters); the JSON keeps every class apart.
/// </summary>
public static class ReachTextRenderer
{
    /// <summary>Traffic lines shown per class, and destinations per traffic line; the JSON has every box.</summary>
    public const int LinesShown = 12;
    public const int DestinationsShown = 16;

    /// <summary>Destination lists wrap before this column.</summary>
    private const int Width = 110;

    /// <param name="regionOf">The region of a source's VPC (services of other regions are folded into the internet).</param>
    public static void Render(IReadOnlyList<ReachabilityReport> reports, Func<CompiledInterface, string?> regionOf, TextWriter output)
    {
        foreach (var report in reports)
        {
            var source = report.Source;
            int count = report.Classes.Length;
            output.WriteLine($"from {source.Id} ({source.PrivateIp}, {source.Subnet}, {source.Vpc}): {count} outcome {(count == 1 ? "class" : "classes")}");
            foreach (var (heading, packets) in Sections(report, regionOf(source)))
            {
                output.WriteLine($"  {heading}");
                var lines = PacketSetText.Lines(packets, source.PrivateIp);
                foreach (var line in lines.Take(LinesShown)) WriteWrapped(output, line);
                if (lines.Count > LinesShown) output.WriteLine($"      ... and {lines.Count - LinesShown} more lines (use --format json for all)");
            }
            output.WriteLine();
        }
    }

    /// <summary><c>traffic -> d1, d2, …</c>, continued under the first destination when it is long.</summary>
    private static void WriteWrapped(TextWriter output, TrafficLine line)
    {
        var lead = $"      {line.Traffic} -> ";
        var indent = new string(' ', Math.Min(lead.Length, 40));
        var text = new System.Text.StringBuilder(lead);
        int column = lead.Length;
        var shown = line.Destinations.Take(DestinationsShown).Select(PacketBox.Format).ToList();
        for (int i = 0; i < shown.Count; i++)
        {
            var item = shown[i] + (i < shown.Count - 1 ? "," : "");
            if (column + item.Length + 1 > Width && column > indent.Length)
            {
                text.AppendLine().Append(indent);
                column = indent.Length;
            }
            else if (i > 0)
            {
                text.Append(' ');
                column++;
            }
            text.Append(item);
            column += item.Length;
        }
        if (line.Destinations.Length > DestinationsShown) text.Append($" and {line.Destinations.Length - DestinationsShown} more");
        output.WriteLine(text.ToString());
    }

    /// <summary>The classes in reading order, with the internet and other regions' services through one exit folded together.</summary>
    private static List<(string Heading, PacketSet Packets)> Sections(ReachabilityReport report, string? region)
    {
        var sections = new List<(string Heading, PacketSet Packets)>();
        var folded = new Dictionary<(string? Via, ReplyOutcome? Reply), List<ReachClass>>();
        var foldAt = new Dictionary<(string? Via, ReplyOutcome? Reply), int>();
        foreach (var c in ReachCommand.Ordered(report))
        {
            var o = c.Outcome;
            bool publicElsewhere = o.Disposition == ReachDisposition.ReachedInternet
                || (o.Disposition == ReachDisposition.ReachedService && RegionalService.TryParse(o.Target, out var service) && region is not null && service.Region != region
                    && o.Via is { } via && (via.StartsWith("igw-", StringComparison.Ordinal) || via.StartsWith("nat-", StringComparison.Ordinal)));
            if (!publicElsewhere)
            {
                sections.Add((Heading(o), c.Packets));
                continue;
            }
            var key = (o.Via, o.Reply);
            if (!folded.TryGetValue(key, out var members))
            {
                folded[key] = members = [];
                foldAt[key] = sections.Count;
                sections.Add(default);
            }
            members.Add(c);
        }
        foreach (var (key, members) in folded)
        {
            var packets = members.Aggregate(report.Packets.Space.Empty, (set, c) => set | c.Packets);
            var services = members.Where(c => c.Outcome.Disposition == ReachDisposition.ReachedService)
                .Select(c => RegionalService.TryParse(c.Outcome.Target, out var s) ? s : default).ToList();
            var internet = members.FirstOrDefault(c => c.Outcome.Disposition == ReachDisposition.ReachedInternet);
            string heading;
            if (services.Count == 0) heading = Heading(internet!.Outcome);
            else if (internet is null && services.Count == 1) heading = Heading(members[0].Outcome);
            else
            {
                var names = string.Join(", ", services.Select(s => s.Service).Distinct().Order(StringComparer.Ordinal));
                int regions = services.Select(s => s.Region).Distinct().Count();
                var what = $"{names} in {regions} other {(regions == 1 ? "region" : "regions")}";
                heading = internet is null
                    ? Heading(members[0].Outcome with { Target = what })
                    : Heading(internet.Outcome) + $" (with the public endpoints of {what})";
            }
            sections[foldAt[key]] = (heading, packets);
        }
        return sections;
    }

    private static string Heading(ReachOutcome o)
    {
        if (o.Disposition == ReachDisposition.Dropped)
            return $"DROPPED at {o.At} {o.Code}{(o.Rule is null ? "" : $": {o.Rule}")}{(o.Via is null ? "" : $" (after {o.Via})")}";
        var what = o.Disposition switch
        {
            ReachDisposition.DeliveredToInterface => $"DELIVERED to {o.Target}",
            ReachDisposition.ReachedService => $"REACHED {o.Target}",
            ReachDisposition.ReachedHostService => $"REACHED {o.Target} on the sender's host (not filtered by security groups or network ACLs, F4)",
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
