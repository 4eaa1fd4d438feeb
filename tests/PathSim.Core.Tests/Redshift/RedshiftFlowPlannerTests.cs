using PathSim.Addressing;
using PathSim.Redshift;
using PathSim.Topology;
using Xunit;

namespace PathSim.Core.Tests.Redshift;

public sealed class RedshiftFlowPlannerTests
{
    private static NetworkTopology Topology(params S3Bucket[] buckets) => new()
    {
        Region = "us-east-1",
        Vpcs = [new Vpc { Id = new VpcId("vpc-1"), Cidrs = [Ipv4Prefix.Parse("10.0.0.0/16")], Region = "us-west-2" }],
        Subnets = [new Subnet { Id = new SubnetId("subnet-1"), Vpc = new VpcId("vpc-1"), Cidr = Ipv4Prefix.Parse("10.0.1.0/24") }],
        S3Buckets = [.. buckets],
    };

    private static RedshiftCluster Cluster(DataCatalog catalog = DataCatalog.Glue, params BucketUse[] buckets) => new()
    {
        Id = new RedshiftClusterId("c1"),
        Subnets = [new SubnetId("subnet-1")],
        Catalog = catalog,
        Buckets = [.. buckets],
    };

    [Fact]
    public void Plan_NoBuckets_ChecksS3InTheClustersVpcRegionThenTheCatalog()
    {
        var flows = RedshiftFlowPlanner.Plan(Topology(), Cluster());

        Assert.Equal(["copy s3:us-west-2", "unload s3:us-west-2", "spectrum s3:us-west-2", "glue glue:us-west-2"],
            flows.Select(f => f.ToString()));
    }

    [Fact]
    public void Plan_DeclaredBuckets_OneFlowPerUseWithTheBucketsRegion()
    {
        var topology = Topology(new S3Bucket { Name = "eu", Region = "eu-west-1" });
        var cluster = Cluster(DataCatalog.Athena,
            new BucketUse { Bucket = "eu", Uses = BucketUseKind.Unload | BucketUseKind.Copy },
            new BucketUse { Bucket = "undeclared", Uses = BucketUseKind.Spectrum });

        var flows = RedshiftFlowPlanner.Plan(topology, cluster);

        Assert.Equal(["copy s3:eu", "unload s3:eu", "spectrum s3:undeclared", "athena athena:us-west-2"], flows.Select(f => f.ToString()));
        Assert.Equal(["eu-west-1", "eu-west-1", "us-west-2", "us-west-2"], flows.Select(f => f.Region));
    }

    [Fact]
    public void Plan_HiveCatalog_HasNoCatalogFlow()
    {
        var flows = RedshiftFlowPlanner.Plan(Topology(), Cluster(DataCatalog.Hive));

        Assert.DoesNotContain(flows, f => !f.Kind.IsS3());
    }
}
