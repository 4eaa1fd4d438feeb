namespace PathSim.Redshift;

/// <summary>
/// Answers the network question of one in-VPC flow. Two implementations can stand behind it: the
/// concrete tracer over boundary packets, and the symbolic engine's exact packet-set split; the
/// Redshift analysis does not care which (DESIGN.md, "two engines over the same model").
/// </summary>
public interface INetworkPathProbe
{
    NetworkPathOutcome Probe(NetworkPathQuery query);
}
