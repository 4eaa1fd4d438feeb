using PathSim.Addressing;
using PathSim.Network;

namespace PathSim.Solver.Tracing;

/// <summary>A NAT gateway's connection-tracking entry for the traced flow: what to restore on the reply (G2).</summary>
internal sealed record NatTranslation(CompiledNatGateway Nat, Ipv4Address Client, int ClientPort);
