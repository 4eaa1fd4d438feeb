using System.Collections.Immutable;
using PathSim.Network;
using PathSim.Redshift;
using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>
/// Re-checks a topology after a change by analysing only the clusters the change can affect, on
/// their slice of the topology (<see cref="TopologySlice"/>), and reusing the previous results for
/// every other cluster. Which clusters: first by VPC neighbourhood over the whole topology
/// (<see cref="ChangeImpact.AffectedClusters"/>, no model needed), then by the network model's
/// component graph over that neighbourhood (<see cref="ChangeImpact.Refine"/>). Gives the same <see cref="RedshiftCheck"/>
/// as a full check of <c>after</c>.
/// </summary>
public static class IncrementalCheck
{
    /// <param name="previous">The full check of <paramref name="before"/>.</param>
    /// <param name="analyzerFactory">Builds an analyzer over a topology (it compiles that topology's network model).</param>
    /// <param name="changes">What differs; by default <see cref="TopologyChanges.Between"/> the two topologies.</param>
    public static RedshiftCheck Run(NetworkTopology before, RedshiftCheck previous, NetworkTopology after,
        Func<NetworkTopology, RedshiftAnalyzer> analyzerFactory, TopologyChanges? changes = null)
    {
        var reused = previous.Clusters.GroupBy(c => c.Cluster).ToDictionary(g => g.Key, g => g.First());
        var unknown = after.RedshiftClusters.Select(c => c.Id).Where(id => !reused.ContainsKey(id)).ToImmutableHashSet();
        changes ??= TopologyChanges.Between(before, after);

        // Coarse and cheap, on the whole topology: the clusters whose VPC neighbourhood changed.
        var coarse = ChangeImpact.AffectedClusters(before, after, changes).Except(unknown);
        // Fine, on the neighbourhood only: the clusters whose subnets depend on a changed component.
        // Refining costs two small model builds; it pays only when it can spare a cluster's analysis.
        var affected = coarse.Count <= 1 ? coarse.Union(unknown) : ChangeImpact.Refine(coarse, after, changes,
            NetworkModel.Build(TopologySlice.For(before, coarse)).Components,
            NetworkModel.Build(TopologySlice.For(after, coarse)).Components).Union(unknown);

        var fresh = new Dictionary<RedshiftClusterId, ClusterCheck>();
        if (!affected.IsEmpty)
        {
            var slice = TopologySlice.For(after, affected);
            var analyzer = analyzerFactory(slice);
            foreach (var id in affected)
                fresh[id] = analyzer.Check(slice, id).Clusters.Single();
        }
        var clusters = after.RedshiftClusters.Select(c => fresh.TryGetValue(c.Id, out var check) ? check : reused[c.Id]);
        return new RedshiftCheck(after.Source, [.. clusters]);
    }
}
