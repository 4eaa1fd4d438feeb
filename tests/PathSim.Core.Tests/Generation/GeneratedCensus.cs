using PathSim.Topology;

namespace PathSim.Core.Tests.Generation;

/// <summary>Resource counts of a topology, for pinning the generator's output.</summary>
internal sealed record GeneratedCensus(int Vpcs, int Subnets, int Routes, int SecurityGroupRules, int NetworkAclEntries, int Clusters, int Endpoints, int Peerings)
{
    public static GeneratedCensus Of(NetworkTopology t) => new(
        t.Vpcs.Count,
        t.Subnets.Count,
        t.RouteTables.Sum(r => r.Routes.Count),
        t.SecurityGroups.Sum(g => g.Ingress.Count + g.Egress.Count),
        t.NetworkAcls.Sum(a => a.Ingress.Count + a.Egress.Count),
        t.RedshiftClusters.Count,
        t.VpcEndpoints.Count,
        t.VpcPeeringConnections.Count);

    public override string ToString() =>
        $"vpcs={Vpcs} subnets={Subnets} routes={Routes} sg-rules={SecurityGroupRules} acl-entries={NetworkAclEntries} clusters={Clusters} endpoints={Endpoints} peerings={Peerings}";
}
