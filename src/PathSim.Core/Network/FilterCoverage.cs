namespace PathSim.Network;

/// <summary>How much of a set of packets a filter lets through.</summary>
public enum FilterCoverage
{
    /// <summary>Every packet.</summary>
    All,
    /// <summary>Some, not all: the flow is intermittent (F3).</summary>
    Partial,
    /// <summary>None.</summary>
    None,
}
