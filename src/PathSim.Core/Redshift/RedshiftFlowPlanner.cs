using PathSim.Topology;

namespace PathSim.Redshift;

/// <summary>
/// Derives what a cluster does on the network: copy/unload/spectrum per declared bucket use (or all
/// three against S3 in the cluster's region when it declares no buckets, TOPOLOGY.md), then its
/// catalog (glue or athena; a Hive metastore is the user's own and is not checked).
/// </summary>
public static class RedshiftFlowPlanner
{
    public static IReadOnlyList<RedshiftFlow> Plan(NetworkTopology topology, RedshiftCluster cluster)
    {
        string region = ClusterRegion(topology, cluster);
        var flows = new List<RedshiftFlow>();
        if (cluster.Buckets.IsEmpty)
        {
            foreach (var kind in (ReadOnlySpan<RedshiftFlowKind>)[RedshiftFlowKind.Copy, RedshiftFlowKind.Unload, RedshiftFlowKind.Spectrum])
                flows.Add(new RedshiftFlow { Kind = kind, Service = "s3", Region = region });
        }
        foreach (var use in cluster.Buckets)
        {
            // A bucket the file does not describe is assumed to be in the cluster's region (assumption).
            string bucketRegion = topology.S3Buckets.FirstOrDefault(b => b.Name == use.Bucket)?.Region ?? region;
            if (use.Uses.HasFlag(BucketUseKind.Copy)) flows.Add(S3(RedshiftFlowKind.Copy, use.Bucket, bucketRegion));
            if (use.Uses.HasFlag(BucketUseKind.Unload)) flows.Add(S3(RedshiftFlowKind.Unload, use.Bucket, bucketRegion));
            if (use.Uses.HasFlag(BucketUseKind.Spectrum)) flows.Add(S3(RedshiftFlowKind.Spectrum, use.Bucket, bucketRegion));
        }
        switch (cluster.Catalog)
        {
            case DataCatalog.Glue: flows.Add(new RedshiftFlow { Kind = RedshiftFlowKind.Glue, Service = "glue", Region = region }); break;
            case DataCatalog.Athena: flows.Add(new RedshiftFlow { Kind = RedshiftFlowKind.Athena, Service = "athena", Region = region }); break;
            case DataCatalog.Hive: break;
        }
        return flows;
    }

    /// <summary>The region of the cluster's VPC (through its first subnet), else the topology's default region.</summary>
    public static string ClusterRegion(NetworkTopology topology, RedshiftCluster cluster)
    {
        var vpc = ClusterVpc(topology, cluster);
        return vpc?.Region ?? topology.Region;
    }

    public static Vpc? ClusterVpc(NetworkTopology topology, RedshiftCluster cluster)
    {
        if (cluster.Subnets.IsEmpty) return null;
        var subnet = topology.Subnets.FirstOrDefault(s => s.Id == cluster.Subnets[0]);
        return subnet is null ? null : topology.Vpcs.FirstOrDefault(v => v.Id == subnet.Vpc);
    }

    private static RedshiftFlow S3(RedshiftFlowKind kind, string bucket, string region) =>
        new() { Kind = kind, Service = "s3", Region = region, Bucket = bucket };
}
