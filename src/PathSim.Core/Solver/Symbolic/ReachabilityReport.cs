using System.Collections.Immutable;
using PathSim.Network;
using PathSim.Solver.Symbolic.PacketSets;

namespace PathSim.Solver.Symbolic;

/// <summary>
/// The answer of the symbolic engine for one source: the initial packet set cut into classes by outcome.
/// Invariant (checked): the classes are pairwise disjoint and their union is the initial set.
/// </summary>
public sealed class ReachabilityReport
{
    public ReachabilityReport(CompiledInterface source, PacketSet packets, ImmutableArray<ReachClass> classes)
    {
        var union = packets.Space.Empty;
        foreach (var c in classes)
        {
            if (c.Packets.Overlaps(union)) throw new ArgumentException($"class '{c.Outcome}' overlaps an earlier class", nameof(classes));
            union |= c.Packets;
        }
        if (union != packets) throw new ArgumentException("the classes do not cover the initial packet set exactly", nameof(classes));
        Source = source;
        Packets = packets;
        Classes = classes;
    }

    public CompiledInterface Source { get; }

    /// <summary>The initial packet set.</summary>
    public PacketSet Packets { get; }

    /// <summary>Disjoint classes in discovery order (the walk's order: routes by address, then rules).</summary>
    public ImmutableArray<ReachClass> Classes { get; }

    /// <summary>The outcome of one packet of the initial set, or null when it is not in the set.</summary>
    public ReachOutcome? OutcomeOf(Addressing.PacketHeader packet) =>
        Classes.FirstOrDefault(c => c.Packets.Contains(packet))?.Outcome;

    /// <summary>The packets whose outcome satisfies the predicate.</summary>
    public PacketSet Where(Func<ReachOutcome, bool> predicate)
    {
        var set = Packets.Space.Empty;
        foreach (var c in Classes)
            if (predicate(c.Outcome)) set |= c.Packets;
        return set;
    }
}
