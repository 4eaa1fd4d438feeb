using System.Collections.Immutable;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Validation;

/// <summary>
/// Checks what a schema cannot: ids unique per resource kind, every reference resolves, and the
/// topology is one AWS would accept (subnets inside their VPC, one main route table, R2's rule for
/// routes more specific than local, ...). Every reader (YAML, snapshot, live) runs it, so the network
/// model can rely on a consistent topology. Returns every problem, sorted by location.
/// </summary>
/// <remarks>
/// Prefix lists: a route whose destination is a prefix list that the topology does not define is
/// accepted only when its target is a gateway endpoint — the list is then that endpoint's service
/// list and pathsim's built-in service ranges stand in for it (R6). Anywhere else (other routes,
/// security group rules) the CIDRs cannot be known, so an undefined prefix list is PS3002.
/// A peering connection's accepter VPC may be absent from the topology only when
/// <see cref="VpcPeeringConnection.AccepterRegion"/> is given (a peer in another region or account).
/// </remarks>
public static class TopologyValidator
{
    public static ImmutableArray<Diagnostic> Validate(NetworkTopology topology) =>
        TopologyLoadResult.Sort(new TopologyChecks(topology).Run());
}
