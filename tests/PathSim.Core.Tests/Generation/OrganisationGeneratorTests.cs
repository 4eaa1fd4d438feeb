using PathSim.Generation;
using PathSim.Topology;
using Xunit;

namespace PathSim.Core.Tests.Generation;

public class OrganisationGeneratorTests
{
    private static NetworkTopology Generate(int vpcs, long seed = 1) =>
        OrganisationGenerator.Generate(new OrganisationOptions { VpcCount = vpcs, Seed = seed });

    [Fact]
    public void Generate_SameSeedTwice_IdenticalTopologies()
    {
        var first = Generate(OrganisationSize.Medium, seed: 42);
        var second = Generate(OrganisationSize.Medium, seed: 42);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Generate_DifferentSeeds_DifferentTopologies()
    {
        Assert.NotEqual(Generate(OrganisationSize.Small, seed: 1), Generate(OrganisationSize.Small, seed: 2));
    }

    [Fact]
    public void Generate_Seed1Small_FixedFingerprint()
    {
        // Pinned so that an accidental change to the generator (which would silently change every
        // benchmark's input) shows up here; update deliberately together with benchmarks/README.md.
        var census = GeneratedCensus.Of(Generate(OrganisationSize.Small));

        Assert.Equal("vpcs=10 subnets=102 routes=184 sg-rules=350 acl-entries=422 clusters=10 endpoints=17 peerings=9", census.ToString());
    }

    [Fact]
    public void Generate_Large_OrganisationScale()
    {
        var census = GeneratedCensus.Of(Generate(OrganisationSize.Large));

        Assert.Equal(1_000, census.Vpcs);
        Assert.Equal(1_000, census.Clusters);
        Assert.InRange(census.Subnets, 9_500, 10_500);
        Assert.InRange(census.Routes + census.SecurityGroupRules + census.NetworkAclEntries, 90_000, 110_000);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(OrganisationSize.Small)]
    [InlineData(OrganisationSize.Medium)]
    [InlineData(OrganisationSize.Large)]
    public void Generate_AnySize_EveryReferenceResolvesWithinItsVpc(int vpcs)
    {
        var problems = GeneratedTopologyInvariants.Check(Generate(vpcs, seed: 7));

        Assert.Empty(problems);
    }

    [Fact]
    public void Generate_Medium_EveryVariationAppears()
    {
        var topology = Generate(OrganisationSize.Medium);
        var clusters = topology.RedshiftClusters;

        Assert.Contains(clusters, c => c.EnhancedVpcRouting);
        Assert.Contains(clusters, c => !c.EnhancedVpcRouting);
        Assert.Contains(clusters, c => c.Deployment == RedshiftDeployment.Serverless);
        Assert.Contains(clusters, c => c.Deployment == RedshiftDeployment.Provisioned);
        Assert.Contains(clusters, c => c.PubliclyAccessible && c.ElasticIp is not null);
        Assert.Contains(clusters, c => c.Buckets.IsEmpty);
        Assert.Contains(topology.Vpcs, v => !v.EnableDnsHostnames);
        Assert.Contains(topology.Vpcs, v => topology.VpcEndpoints.All(e => e.Vpc != v.Id || e.Type != VpcEndpointType.Gateway));
        Assert.Contains(topology.VpcEndpoints, e => e.Type == VpcEndpointType.Interface && !e.PrivateDns);
        Assert.Contains(topology.VpcEndpoints, e => e.Policy is not null);
        Assert.Contains(topology.S3Buckets, b => b.Policy is not null);
        Assert.Contains(topology.S3Buckets, b => b.Region != topology.Region);
        Assert.Contains(topology.VpcPeeringConnections, p => !p.IsActive);
        Assert.Contains(topology.Subnets, s => s.RouteTable is null);
        Assert.Contains(topology.RouteTables.SelectMany(t => t.Routes), r => r.State == RouteState.Blackhole);
        Assert.Contains(topology.SecurityGroups, g => g.Egress.IsEmpty);
        Assert.Contains(topology.NetworkAcls.SelectMany(a => a.Ingress), e => e.Action == NetworkAclAction.Deny);
    }

    [Fact]
    public void Generate_SmallInsideLarge_FirstVpcsIdenticalApartFromPeering()
    {
        var small = Generate(OrganisationSize.Small);
        var large = Generate(OrganisationSize.Large);

        Assert.Equal(small.Vpcs, large.Vpcs.Take(OrganisationSize.Small));
        Assert.Equal(small.RedshiftClusters, large.RedshiftClusters.Take(OrganisationSize.Small));
    }

    [Theory]
    [InlineData("S", 10)]
    [InlineData("m", 100)]
    [InlineData("L", 1000)]
    [InlineData("250", 250)]
    [InlineData("4096", 4096)]
    public void OrganisationSizeTryParse_KnownSize_VpcCount(string text, int expected)
    {
        Assert.True(OrganisationSize.TryParse(text, out int vpcs));
        Assert.Equal(expected, vpcs);
    }

    [Theory]
    [InlineData("")]
    [InlineData("XL")]
    [InlineData("0")]
    [InlineData("4097")]
    [InlineData("-5")]
    public void OrganisationSizeTryParse_Unknown_False(string text)
    {
        Assert.False(OrganisationSize.TryParse(text, out _));
    }

    [Fact]
    public void Generate_TooManyVpcs_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Generate(OrganisationSize.MaxVpcs + 1));
    }
}
