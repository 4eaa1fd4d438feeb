using PathSim.Addressing;
using PathSim.Network;
using PathSim.Solver.Tracing;
using PathSim.Traces;

namespace PathSim.Redshift;

/// <summary>
/// What both path probes share: finding the cluster's node interface in the query's subnet, and turning
/// the tracer's result for one packet into the hops, drop, exit and what the service sees of a
/// <see cref="NetworkPathOutcome"/> — so whichever probe decides the verdict, the path a user reads is
/// the tracer's (STYLE.md: every verdict carries its evidence).
/// </summary>
internal static class TracedOutcome
{
    /// <summary>The cluster's node interface in the query's subnet, or null when the cluster has none there.</summary>
    public static CompiledInterface? Node(NetworkModel model, NetworkPathQuery query) =>
        model.InterfacesOf(query.Cluster.Id).FirstOrDefault(i => i.Subnet == query.Subnet);

    /// <summary>A subnet of the subnet group without a node interface of the cluster: nothing to send from.</summary>
    public static NetworkPathOutcome MissingNode(NetworkPathQuery query)
    {
        var missing = new FlowHop { Component = query.Subnet.Value, Kind = "subnet", Rule = "no node interface of the cluster in this subnet", Passed = false };
        return new NetworkPathOutcome { Verdict = Verdict.Unreachable, Codes = [ExplanationCode.NoRouteToDestination], Path = [missing], Drop = missing };
    }

    /// <summary>The tracer's request for one concrete packet of a flow: HTTPS from the node (CLI.md defaults, F3's Linux client ports).</summary>
    public static TraceRequest Request(CompiledInterface node, TraceDestination destination, int? sourcePort = null) =>
        new() { Source = node, Destination = destination, DestinationPort = NetworkPathQuery.ServicePort, SourcePort = sourcePort };

    /// <summary>The shown trace gives the path and the drop; <paramref name="exit"/> (a passing trace) the exit and what the service sees.</summary>
    /// <param name="exits">Every way out the flow's requests take (<see cref="NetworkPathOutcome.Exits"/>); default the one of <paramref name="exit"/> when the verdict is not unreachable.</param>
    public static NetworkPathOutcome Of(TraceResult shown, Verdict verdict, IEnumerable<ExplanationCode> codes, TraceResult exit, FlowSplit? split = null,
        IReadOnlyList<PathExit>? exits = null)
    {
        var path = PathOf(shown);
        return new NetworkPathOutcome
        {
            Verdict = verdict,
            Via = exit.Via ?? shown.Via,
            Codes = [.. codes.Distinct()],
            Path = [.. path],
            Drop = verdict == Verdict.Reachable ? null : Deciding(path),
            Endpoint = exit.Endpoint,
            PublicSource = exit.PublicSource,
            Split = split,
            Exits = verdict == Verdict.Unreachable ? [] : exits is null ? [ExitOf(exit)] : [.. exits],
        };
    }

    /// <summary>The way out a passing trace took, with its hops; <paramref name="destinations"/> when exactly known.</summary>
    public static PathExit ExitOf(TraceResult trace, Ipv4PrefixSet? destinations = null) => new()
    {
        Via = trace.Via,
        Endpoint = trace.Endpoint,
        PublicSource = trace.PublicSource,
        Destinations = destinations ?? Ipv4PrefixSet.Empty,
        Path = [.. PathOf(trace)],
    };

    /// <summary>
    /// The ways out of the traces that get there, <paramref name="first"/>'s first, one per distinct exit;
    /// their destinations are unknown (samples only).
    /// </summary>
    public static List<PathExit> ExitsOf(TraceResult first, IEnumerable<TraceResult> traces)
    {
        var exits = new List<PathExit> { ExitOf(first) };
        foreach (var trace in traces)
        {
            if (trace.Verdict == Verdict.Unreachable) continue;
            var exit = ExitOf(trace);
            if (!exits.Exists(e => e.SameWayOutAs(exit))) exits.Add(exit);
        }
        return exits;
    }

    /// <summary>The report hops of a trace: forward, then the reply's.</summary>
    private static List<FlowHop> PathOf(TraceResult trace)
    {
        var path = new List<FlowHop>();
        AddHops(path, trace.Forward, PathDirection.Forward);
        if (trace.Return is { } back) AddHops(path, back, PathDirection.Return);
        return path;
    }

    /// <summary>One report hop per step, naming the filter (group, ACL) a filter step belongs to.</summary>
    private static void AddHops(List<FlowHop> path, Trace trace, PathDirection direction)
    {
        foreach (var hop in trace.Hops)
        {
            if (hop.Steps.IsEmpty)
            {
                path.Add(new FlowHop { Component = hop.Component.Id, Kind = hop.Component.Kind.ToWireName(), Direction = direction });
                continue;
            }
            FilterStep? previous = null;
            foreach (var step in hop.Steps)
            {
                var filter = step as FilterStep ?? (step as DropStep)?.Decision as FilterStep;
                // A drop after a filter's deny was decided by that filter's rule.
                var decidedBy = filter ?? (step is DropStep ? previous : null);
                previous = filter ?? previous;
                var component = filter?.Filter ?? hop.Component.Id;
                path.Add(new FlowHop
                {
                    Component = component,
                    Kind = (filter?.FilterKind ?? hop.Component.Kind).ToWireName(),
                    // Steps name their filter ("sg-1: egress tcp 443 ..."); the hop already does.
                    Rule = NamesFilter(step.Text, component) ? step.Text[(component.Length + 2)..] : step.Text,
                    Direction = direction,
                    Passed = step is not DropStep && filter?.Action is not (FilterAction.Deny or FilterAction.Partial),
                    Partial = filter?.Action == FilterAction.Partial,
                    Location = step.Location,
                    RuleNumber = decidedBy?.RuleNumber,
                    ExplicitDeny = decidedBy?.ExplicitDeny ?? false,
                });
            }
        }
    }

    private static bool NamesFilter(string text, string component) =>
        text.StartsWith(component, StringComparison.Ordinal) && text.AsSpan(component.Length).StartsWith(": ", StringComparison.Ordinal);

    /// <summary>The hop to blame: a denying or partial filter rule when there is one, else the drop itself.</summary>
    private static FlowHop? Deciding(List<FlowHop> path)
    {
        var failing = path.Where(h => !h.Passed).ToList();
        if (failing.Count == 0) return null;
        var drop = failing[^1];
        var filter = failing.LastOrDefault(h => h.Kind is "security-group" or "network-acl");
        return filter ?? drop;
    }
}
