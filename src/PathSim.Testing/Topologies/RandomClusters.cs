using PathSim.Addressing;
using PathSim.Topology;

namespace PathSim.Testing.Topologies;

/// <summary>
/// Redshift clusters for random topologies (<see cref="RandomTopology"/>), so properties over the check
/// have something to check: one cluster per VPC in its first two subnets, reading, writing and querying
/// three buckets (one in another region).
/// </summary>
public static class RandomClusters
{
    /// <summary>A cluster in the first two subnets of each VPC with the VPC's first security group; EVR and deployment drawn from the seed.</summary>
    public static NetworkTopology Add(NetworkTopology topology, int seed)
    {
        var random = new Random(seed);
        var clusters = topology.Vpcs
            .Select(v => (Vpc: v, Subnets: topology.Subnets.Where(s => s.Vpc == v.Id).Take(2).Select(s => s.Id).ToList(),
                Group: topology.SecurityGroups.FirstOrDefault(g => g.Vpc == v.Id)))
            .Where(x => x.Subnets.Count > 0)
            .Select(x => new RedshiftCluster
            {
                Id = new($"rs-{x.Vpc.Id.Value}"),
                EnhancedVpcRouting = random.NextDouble() < 0.8,
                Deployment = random.NextDouble() < 0.7 ? RedshiftDeployment.Provisioned : RedshiftDeployment.Serverless,
                Subnets = [.. x.Subnets],
                SecurityGroups = x.Group is null ? [] : [x.Group.Id],
                Buckets =
                [
                    new BucketUse { Bucket = "raw", Uses = BucketUseKind.Copy },
                    new BucketUse { Bucket = "exports-eu", Uses = BucketUseKind.Unload },
                    new BucketUse { Bucket = "lake", Uses = BucketUseKind.Spectrum },
                ],
            });
        return topology with
        {
            RedshiftClusters = [.. clusters],
            S3Buckets =
            [
                new S3Bucket { Name = "raw", Region = "us-east-1" },
                new S3Bucket { Name = "exports-eu", Region = "eu-west-1" },
                new S3Bucket { Name = "lake", Region = "us-east-1" },
            ],
        };
    }

    /// <summary>
    /// As <see cref="Add"/>, then each cluster's other settings drawn too: node type (ra3, dc2, rg), the
    /// catalog (Glue, Athena, Hive), public accessibility with an Elastic IP, IAM roles, no declared buckets
    /// (S3 of the region), and bucket policies that admit only an endpoint, or deny Spectrum's user agent.
    /// </summary>
    public static NetworkTopology AddVaried(NetworkTopology topology, int seed)
    {
        var random = new Random(unchecked(seed * 31 + 7));
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        var withClusters = Add(topology, seed);
        var endpoint = topology.VpcEndpoints.FirstOrDefault()?.Id.Value ?? "vpce-none";
        var clusters = withClusters.RedshiftClusters.Select((c, i) => c with
        {
            NodeType = c.Deployment == RedshiftDeployment.Provisioned ? Pick(["ra3.xlplus", "dc2.large", "rg.xlarge", "ra3.4xlarge"]) : null,
            Catalog = Pick([DataCatalog.Glue, DataCatalog.Athena, DataCatalog.Hive]),
            PubliclyAccessible = random.NextDouble() < 0.3,
            ElasticIp = random.NextDouble() < 0.5 ? new Ipv4Address(0xCB007100u + (uint)i) : null,
            IamRoles = random.NextDouble() < 0.7 ? [$"arn:aws:iam::111122223333:role/redshift-{i}"] : [],
            Buckets = random.NextDouble() < 0.2 ? [] : c.Buckets,
        });
        var policies = new PolicyText?[]
        {
            null,
            new("""{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"StringNotEquals":{"aws:SourceVpce":"ENDPOINT"}}}]}""".Replace("ENDPOINT", endpoint, StringComparison.Ordinal), default),
            new("""{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:GetObject","Resource":"*","Condition":{"StringLike":{"aws:UserAgent":"*Spectrum*"}}}]}""", default),
        };
        return withClusters with
        {
            RedshiftClusters = [.. clusters],
            S3Buckets = [.. withClusters.S3Buckets.Select(b => b with { Policy = Pick(policies) })],
        };
    }
}
