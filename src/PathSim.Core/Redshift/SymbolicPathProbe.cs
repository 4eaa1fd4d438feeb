using PathSim.Addressing;
using PathSim.Network;
using PathSim.Services;
using PathSim.Solver.Symbolic;
using PathSim.Solver.Symbolic.PacketSets;
using PathSim.Solver.Tracing;
using PathSim.Traces;

namespace PathSim.Redshift;

/// <summary>
/// <see cref="INetworkPathProbe"/> over the symbolic engine: every packet of the flow at once — TCP 443
/// from the node to each address the node's DNS may give for the service (E2: the interface endpoint's
/// interfaces with private DNS, else the region's public ranges), from every port of the node's
/// ephemeral range (F3) — partitioned by fate. All classes succeed: reachable; none: unreachable; some:
/// intermittent, with the exact <see cref="FlowSplit"/> (which destinations fail where, which reply
/// ports are dropped). The verdict is the engine's; the hops are the tracer's for one representative
/// packet (the DNS answer, or a packet of the failing class), so the path a user reads stays the
/// readable reference's. Codes are those of <see cref="TracerPathProbe"/>: the shown packet's, plus
/// <c>DESTINATION_PARTIALLY_ROUTED</c> when the split is by destination.
/// </summary>
/// <remarks>Not thread-safe (the engine's BDD factory): one probe per worker (<see cref="RedshiftAnalyzer"/>).</remarks>
public sealed class SymbolicPathProbe : INetworkPathProbe
{
    /// <summary>
    /// Above this many BDD nodes an engine the probe made is replaced by a fresh one between queries.
    /// Every query's packets carry another node's source address, so little of one walk's result is
    /// shared with the next, while the one factory keeps every node it ever made: on the generated L
    /// organisation (5,522 queries) the walks of one long-lived engine took 11.8 s, those of a fresh
    /// engine per cluster 3.9 s. A new engine costs a scan of the model's interfaces (~6 ms there) and
    /// re-encodes what it needs, so it is renewed by size, not per query (2^16–2^20 measured on a
    /// loaded machine; 2^17–2^18 were best).
    /// </summary>
    public const int DefaultNodeBudget = 1 << 18;

    private readonly NetworkModel _model;
    private readonly PacketTracer _tracer;
    private readonly bool _ownsEngine;
    private readonly int _nodeBudget;
    private SymbolicEngine _engine;

    /// <summary>The destinations of each resolution, encoded once per engine (a service's hundreds of ranges cost a walk of their own).</summary>
    private Dictionary<Ipv4PrefixSet, PacketSet> _destinations = [];

    /// <param name="engine">An engine over <paramref name="model"/> to reuse (its encodings are cached; it is never replaced); default a new one.</param>
    /// <param name="nodeBudget">See <see cref="DefaultNodeBudget"/>.</param>
    public SymbolicPathProbe(NetworkModel model, SymbolicEngine? engine = null, int nodeBudget = DefaultNodeBudget)
    {
        if (engine is not null && !ReferenceEquals(engine.Model, model))
            throw new ArgumentException("the engine must be over the same model", nameof(engine));
        ArgumentOutOfRangeException.ThrowIfLessThan(nodeBudget, 1);
        _model = model;
        _ownsEngine = engine is null;
        _engine = engine ?? new SymbolicEngine(model);
        _nodeBudget = nodeBudget;
        _tracer = new PacketTracer(model);
    }

    /// <summary>How a class of the flow's packets fares, as a verdict of its own.</summary>
    private enum Fate { Passes, PassesOnSomePorts, Fails }

    private sealed record Part(ReachClass Class, Fate Fate, PacketHeader Representative);

    public NetworkPathOutcome Probe(NetworkPathQuery query)
    {
        if (TracedOutcome.Node(_model, query) is not { } node) return TracedOutcome.MissingNode(query);

        var service = new RegionalService(query.Service, query.Region);
        // The tracer resolves the name as the node's DNS does (ServiceResolver, E2); its packet is the DNS answer.
        var primary = _tracer.Trace(TracedOutcome.Request(node, TraceDestination.ForService(service)));
        var notes = primary.Resolution?.Notes ?? [];
        if (primary.Resolution is not { Address: not null } resolution)
            return TracedOutcome.Of(primary, Verdict.Unreachable, [.. notes.Where(n => !primary.Codes.Contains(n)), .. primary.Codes], primary);

        var parts = Partition(node, service, resolution, primary.Header);
        var failed = parts.Where(p => p.Fate == Fate.Fails).ToList();
        var passed = parts.Where(p => p.Fate != Fate.Fails).ToList();
        if (failed.Count == 0)
        {
            if (passed.FirstOrDefault(p => p.Fate == Fate.PassesOnSomePorts) is not { } partial)
                return TracedOutcome.Of(primary, Verdict.Reachable, primary.Codes, primary, exits: ExitsOf(node, passed, primary));
            var shown = TraceOf(node, partial, primary);
            return TracedOutcome.Of(shown, Verdict.Intermittent, With(shown.Codes, ExplanationCode.EphemeralPortsPartial), shown,
                Split(parts, shown), ExitsOf(node, passed, shown));
        }
        if (passed.Count == 0)
        {
            var codes = With(primary.Codes, CodeOf(failed[0].Class.Outcome));
            return TracedOutcome.Of(primary, Verdict.Unreachable, [.. notes.Where(n => !codes.Contains(n)), .. codes], primary);
        }
        // Part of the service's addresses get there and part do not (R1, R5, F1, F2).
        var failing = TraceOf(node, failed[0], primary);
        var exit = TraceOf(node, passed[0], primary);
        var partialShown = passed.FirstOrDefault(p => p.Fate == Fate.PassesOnSomePorts) is { } some ? TraceOf(node, some, exit) : null;
        return TracedOutcome.Of(failing, Verdict.Intermittent,
            [.. With(failing.Codes, CodeOf(failed[0].Class.Outcome)), ExplanationCode.DestinationPartiallyRouted], exit,
            Split(parts, partialShown), ExitsOf(node, passed, exit));
    }

    /// <summary>
    /// The ways out of the passing parts, one per first gateway and final exit (the engine's
    /// <see cref="ReachOutcome.Via"/> and <see cref="ReachOutcome.LeftThrough"/>: nat-a then its IGW, and
    /// nat-a then the NAT subnet's gateway endpoint, are two ways a policy tells apart, E4), each with its
    /// exact destinations and the hops of one packet; <paramref name="first"/>'s exit first.
    /// </summary>
    private List<PathExit> ExitsOf(CompiledInterface node, List<Part> passed, TraceResult first)
    {
        var exits = new List<PathExit>();
        var groups = passed.GroupBy(p => (p.Class.Outcome.Via, p.Class.Outcome.LeftThrough)).ToList();
        var own = groups.Find(g => g.Any(p => p.Representative == first.Header)) ?? groups.Find(g => g.Key.Via == first.Via);
        exits.Add(TracedOutcome.ExitOf(first, own is null ? null : Destinations(own)));
        foreach (var group in groups)
            if (group != own)
                exits.Add(TracedOutcome.ExitOf(TraceOf(node, group.First(), first), Destinations(group)));
        return exits;
    }

    /// <summary>
    /// The engine's partition of every packet of the flow, each class with the smallest packet as its
    /// representative; the class of the DNS answer first, then in address order (the tracer probe's order).
    /// </summary>
    private List<Part> Partition(CompiledInterface node, RegionalService service, ServiceResolution resolution, PacketHeader primary)
    {
        if (_ownsEngine && _engine.Space.Factory.NodeCount > _nodeBudget)
        {
            _engine = new SymbolicEngine(_model);
            _destinations = [];
        }
        var space = _engine.Space;
        if (!_destinations.TryGetValue(resolution.Addresses, out var destinations))
            _destinations[resolution.Addresses] = destinations = space.DestinationIn(resolution.Addresses.Ranges);
        // F3: the node's requests leave from its ephemeral ports; the reply is checked over the same range (TraceRequest's default).
        var clientPorts = PortRange.LinuxEphemeral;
        var packets = space.SourceIs(node.PrivateIp) & space.Protocol(IpProtocol.Tcp)
            & space.DestinationPorts(PortRange.Single(NetworkPathQuery.ServicePort)) & space.SourcePorts(clientPorts)
            & destinations;
        var report = _engine.Reach(node, packets, clientPorts, service);
        return [.. report.Classes
            .Select(c => new Part(c, FateOf(c.Outcome), c.Packets.Contains(primary) ? primary : c.Packets.Sample()!.Value))
            .OrderBy(p => p.Representative == primary ? 0 : 1)
            .ThenBy(p => p.Representative.Destination)];
    }

    private static Fate FateOf(ReachOutcome outcome) =>
        outcome.IsSuccess ? Fate.Passes
        : outcome.Reply?.Disposition == ReplyDisposition.Intermittent ? Fate.PassesOnSomePorts
        : Fate.Fails;

    /// <summary>The code of a failing class: its forward drop's, else its reply drop's.</summary>
    private static ExplanationCode CodeOf(ReachOutcome outcome) =>
        outcome.Code ?? outcome.Reply?.Code ?? ExplanationCode.NoRouteToDestination;

    /// <summary>The trace's codes, with the engine's own code for the class when the tracer did not name it.</summary>
    private static List<ExplanationCode> With(IEnumerable<ExplanationCode> codes, ExplanationCode own)
    {
        var list = codes.ToList();
        if (!list.Contains(own)) list.Add(own);
        return list;
    }

    /// <summary>The tracer's result for the part's representative (the DNS answer's trace when that is it).</summary>
    private TraceResult TraceOf(CompiledInterface node, Part part, TraceResult known) =>
        part.Representative == known.Header
            ? known
            : _tracer.Trace(TracedOutcome.Request(node, TraceDestination.ForAddress(part.Representative.Destination), part.Representative.SourcePort));

    /// <summary>
    /// The exact split: failing destinations grouped by code and component, the passing ones, and the
    /// reply ports from <paramref name="partial"/>, a trace of a packet whose reply passes on part of them.
    /// </summary>
    private static FlowSplit Split(List<Part> parts, TraceResult? partial)
    {
        var failing = parts
            .Where(p => p.Fate == Fate.Fails)
            .GroupBy(p => (Code: CodeOf(p.Class.Outcome), At: (p.Class.Outcome.At ?? p.Class.Outcome.Reply?.At)?.Id ?? "-",
                Direction: p.Class.Outcome.Disposition == ReachDisposition.Dropped ? PathDirection.Forward : PathDirection.Return))
            .Select(g => new FailingDestinations(Destinations(g), g.Key.Code, g.Key.At, g.Key.Direction))
            .OrderBy(f => f.Destinations.Ranges[0])
            .ToList();
        var partialPorts = parts.Where(p => p.Fate == Fate.PassesOnSomePorts).ToList();
        ReplyPortSplit? ports = null;
        if (partial?.Return?.Hops.SelectMany(h => h.Steps).OfType<FilterStep>().FirstOrDefault(s => s.Action == FilterAction.Partial) is { CheckedPorts: { } range } step)
            ports = new ReplyPortSplit
            {
                At = step.Filter, RuleNumber = step.RuleNumber, RuleDenies = step.ExplicitDeny, Checked = range, Passing = step.PassingPorts,
                Destinations = Destinations(partialPorts),
            };
        return new FlowSplit
        {
            Failing = [.. failing],
            Passing = Destinations(parts.Where(p => p.Fate != Fate.Fails)),
            ReplyPorts = ports,
        };
    }

    /// <summary>The destination addresses of the parts' packets, merged.</summary>
    private static Ipv4PrefixSet Destinations(IEnumerable<Part> parts)
    {
        var list = parts.ToList();
        if (list.Count == 0) return Ipv4PrefixSet.Empty;
        var union = list[0].Class.Packets;
        for (int i = 1; i < list.Count; i++) union |= list[i].Class.Packets;
        // Only the destination matters: the other fields are projected away first, so decoding walks the
        // destination's 32 variables instead of every box of the class (it cost as much as the walk itself
        // on the L organisation, benchmarks/README.md).
        var space = union.Space;
        foreach (var field in (ReadOnlySpan<PacketField>)[PacketField.Source, PacketField.Protocol, PacketField.DestinationPort, PacketField.SourcePort])
            union = space.Forget(union, field);
        return Ipv4PrefixSet.FromRanges(union.ToBoxes().Select(b => b.Destination));
    }
}
