using PathSim.Topology;
using Xunit;

namespace PathSim.Aws.Tests;

public sealed class RedshiftOverlayTests
{
    private static RedshiftCluster Cluster(string id, bool evr) =>
        new() { Id = new RedshiftClusterId(id), EnhancedVpcRouting = evr, Subnets = [new SubnetId("subnet-a")] };

    [Fact]
    public void Overlay_ReplacesClusterWithSameId_AndAddsOthers()
    {
        var read = new NetworkTopology { Region = "us-east-1", RedshiftClusters = [Cluster("a", false), Cluster("b", false)] };
        var overlay = new NetworkTopology
        {
            Region = "us-east-1",
            RedshiftClusters = [Cluster("b", true), Cluster("c", true)],
            S3Buckets = [new S3Bucket { Name = "raw", Region = "us-east-1" }],
        };

        var merged = RedshiftOverlay.Apply(read, overlay);

        Assert.Equal([("a", false), ("b", true), ("c", true)], merged.RedshiftClusters.Select(c => (c.Id.Value, c.EnhancedVpcRouting)));
        Assert.Equal(["raw"], merged.S3Buckets.Select(b => b.Name));
    }
}
