using PathSim.Solver.Symbolic.PacketSets;

namespace PathSim.Solver.Symbolic;

/// <summary>One class of the partition: the packets (of the initial set) that share an outcome.</summary>
public sealed record ReachClass(ReachOutcome Outcome, PacketSet Packets)
{
    /// <summary>The packets as disjoint, merged boxes (destination range × source × protocol × ports).</summary>
    public IReadOnlyList<PacketBox> Boxes => Packets.ToBoxes();
}
