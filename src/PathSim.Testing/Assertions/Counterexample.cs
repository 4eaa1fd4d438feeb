using System.Text;
using PathSim.Addressing;
using PathSim.Network;
using PathSim.Solver.Symbolic;
using PathSim.Solver.Symbolic.PacketSets;
using PathSim.Solver.Tracing;
using PathSim.Traces;

namespace PathSim.Testing.Assertions;

/// <summary>
/// One packet that breaks an assertion, chosen from a failing class of the symbolic engine's partition
/// (so every packet of <see cref="Class"/> fails the same way), and the rule that decided its fate, found
/// by tracing that packet with the concrete tracer (which records each rule's source location).
/// </summary>
public sealed record Counterexample
{
    /// <summary>The interface that sends the packet.</summary>
    public required CompiledInterface Source { get; init; }

    public required PacketHeader Packet { get; init; }

    /// <summary>What happens to the packet and its reply (the class's outcome).</summary>
    public required ReachOutcome Outcome { get; init; }

    /// <summary>The component whose rule decided the outcome (the drop, the route to the exit, the admitting rule); null when the trace names none.</summary>
    public ComponentRef? DecidedAt { get; init; }

    /// <summary>The deciding rule with its source location.</summary>
    public TraceStep? DecidingStep { get; init; }

    /// <summary>Every packet of the selection that shares the outcome (the failing class).</summary>
    public required PacketSet Class { get; init; }

    /// <summary>The packet, outcome, deciding rule and class, one per line, indented by two spaces.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("  packet:     ").Append(Packet).Append(" (from ").Append(Source.Id).Append(" in ").Append(Source.Subnet).AppendLine(")");
        text.Append("  outcome:    ").AppendLine(Outcome.ToString());
        text.Append("  decided by: ").AppendLine(DecidingStep is { } step ? Describe(DecidedAt, step) : "(no rule: the model's default)");
        var boxes = Class.ToBoxes();
        text.Append("  class:      ").Append(string.Join("; ", boxes.Take(3)));
        if (boxes.Count > 3) text.Append($"; and {boxes.Count - 3} more");
        return text.ToString();
    }

    private static string Describe(ComponentRef? at, TraceStep step)
    {
        var where = step.Location.IsNone ? "" : $" at {step.Location}";
        return at is { } component ? $"{component}: {step.Text}{where}" : $"{step.Text}{where}";
    }

    /// <summary>A readable member of the class: its first box's first addresses, TCP or UDP when the box allows, a client port of 32768 when it can.</summary>
    internal static PacketHeader Pick(PacketSet set)
    {
        var box = set.ToBoxes()[0];
        int protocol = box.ProtocolFrom <= 6 && box.ProtocolTo >= 6 ? 6 : box.ProtocolFrom <= 17 && box.ProtocolTo >= 17 ? 17 : box.ProtocolFrom;
        int sourcePort = box.SourcePorts.Contains(PortRange.LinuxEphemeral.From) ? PortRange.LinuxEphemeral.From : box.SourcePorts.From;
        var packet = new PacketHeader(box.Source.First, box.Destination.First, IpProtocol.FromNumber(protocol), sourcePort, box.DestinationPorts.From);
        return set.Contains(packet) ? packet : set.Sample()!.Value;
    }

    /// <summary>The step that decided a traced packet's outcome: its drop, its reply's drop or partial filter, the route to its exit, or the rule that admitted it.</summary>
    internal static (ComponentRef? At, TraceStep? Step) FindDecidingStep(TraceResult trace, ReachOutcome outcome)
    {
        if (trace.Forward.Drop is { } drop) return (trace.Forward.Hops[^1].Component, drop);
        if (outcome.Reply is { Disposition: not ReplyDisposition.Returns } && trace.Return is { } reply)
        {
            foreach (var hop in reply.Hops)
                foreach (var step in hop.Steps)
                    if (step.Code is not null) return (hop.Component, step);
        }
        var hops = trace.Forward.Hops;
        if (outcome.Via is { } via)
        {
            foreach (var hop in hops)
                foreach (var step in hop.Steps)
                    if (step is RouteStep route && route.Target == via) return (hop.Component, step);
        }
        for (int i = hops.Count - 1; i >= 0; i--)
            for (int j = hops[i].Steps.Count - 1; j >= 0; j--)
                if (hops[i].Steps[j] is FilterStep { Action: FilterAction.Allow } or RouteStep) return (hops[i].Component, hops[i].Steps[j]);
        return (null, null);
    }

    internal static TraceRequest RequestFor(CompiledInterface source, PacketHeader packet) => new()
    {
        Source = source,
        Destination = TraceDestination.ForAddress(packet.Destination),
        Protocol = packet.Protocol,
        DestinationPort = packet.DestinationPort,
        SourcePort = packet.SourcePort,
    };
}
