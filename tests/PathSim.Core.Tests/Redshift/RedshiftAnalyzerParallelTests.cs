using PathSim.Generation;
using PathSim.Network;
using PathSim.Redshift;
using Xunit;

namespace PathSim.Core.Tests.Redshift;

/// <summary>Checking clusters on several threads: the same results in topology order, and one probe per worker.</summary>
public sealed class RedshiftAnalyzerParallelTests
{
    /// <summary>A tracer probe that refuses to be used from a second thread, as a non-thread-safe probe would need.</summary>
    private sealed class OneThreadProbe(NetworkModel model) : INetworkPathProbe
    {
        private readonly TracerPathProbe _inner = new(model);
        private readonly int _thread = Environment.CurrentManagedThreadId;

        public NetworkPathOutcome Probe(NetworkPathQuery query)
        {
            Assert.Equal(_thread, Environment.CurrentManagedThreadId);
            return _inner.Probe(query);
        }
    }

    [Fact]
    public void Check_ParallelWithProbePerWorker_SameResultsAsSequentialInTopologyOrder()
    {
        var topology = OrganisationGenerator.Generate(new OrganisationOptions { VpcCount = 10, Seed = 7 });
        var model = NetworkModel.Build(topology);
        var authorizer = new PolicyFlowAuthorizer(topology);
        Assert.True(topology.RedshiftClusters.Count >= RedshiftAnalyzer.MinClustersForParallelism);

        var sequential = new RedshiftAnalyzer(new TracerPathProbe(model), authorizer).Check(topology);
        int probes = 0;
        var parallel = new RedshiftAnalyzer(() =>
        {
            Interlocked.Increment(ref probes);
            return new OneThreadProbe(model);
        }, authorizer, parallelism: 4).Check(topology);

        Assert.Equal(topology.RedshiftClusters.Select(c => c.Id), parallel.Clusters.Select(c => c.Cluster));
        Assert.Equal(sequential, parallel);
        Assert.InRange(probes, 1, 4);   // once per worker, the calling thread included
    }

    [Fact]
    public void Check_ParallelismBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RedshiftAnalyzer(() => null!, new PolicyFlowAuthorizer(
            OrganisationGenerator.Generate(new OrganisationOptions { VpcCount = 1, Seed = 1 })), parallelism: 0));
}
