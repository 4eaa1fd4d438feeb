namespace PathSim.Solver.Symbolic.PacketSets;

/// <summary>A header field the symbolic engine tracks; each is a block of BDD variables, most significant bit first.</summary>
public enum PacketField
{
    /// <summary>Destination IPv4 address, 32 bits.</summary>
    Destination,
    /// <summary>Source IPv4 address, 32 bits.</summary>
    Source,
    /// <summary>IP protocol number, 8 bits.</summary>
    Protocol,
    /// <summary>Destination port, 16 bits (0 for protocols without ports).</summary>
    DestinationPort,
    /// <summary>Source port, 16 bits (0 for protocols without ports).</summary>
    SourcePort,
}
