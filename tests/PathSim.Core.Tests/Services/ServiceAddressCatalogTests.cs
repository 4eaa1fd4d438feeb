using PathSim.Addressing;
using PathSim.Services;
using PathSim.Topology;
using Xunit;

namespace PathSim.Core.Tests.Services;

public sealed class ServiceAddressCatalogTests
{
    private static readonly ServiceAddressCatalog BuiltIn = ServiceAddressCatalog.BuiltIn;

    [Fact]
    public void S3UsEast1_BuiltIn_HoldsPublishedRanges()
    {
        var s3 = BuiltIn.Addresses(RegionalService.S3("us-east-1"));
        Assert.True(s3.Contains(Ipv4Prefix.Parse("52.216.0.0/15")));
        Assert.True(s3.Contains(Ipv4Prefix.Parse("3.5.0.0/19")));
        Assert.False(s3.Contains(Ipv4Address.Parse("52.218.0.1"))); // us-west-2's S3
        Assert.Equal(Ipv4Address.Parse("52.216.0.0"), BuiltIn.RepresentativeAddress(RegionalService.S3("us-east-1")));
    }

    [Fact]
    public void GlueAndAthena_BuiltIn_AreAmazonRangesWithoutS3OrEc2()
    {
        var glue = BuiltIn.Addresses(RegionalService.Glue("us-east-1"));
        Assert.False(glue.IsEmpty);
        Assert.Equal(glue, BuiltIn.Addresses(RegionalService.Athena("us-east-1")));
        Assert.False(glue.Overlaps(BuiltIn.Addresses(RegionalService.S3("us-east-1"))));
        // 3.80.0.0/12 is EC2 in us-east-1: customer addresses, not service endpoints.
        Assert.False(glue.Contains(Ipv4Address.Parse("3.80.0.1")));
    }

    [Fact]
    public void UnknownRegion_BuiltIn_IsEmpty()
    {
        Assert.True(BuiltIn.Addresses(RegionalService.S3("xx-nowhere-1")).IsEmpty);
        Assert.Null(BuiltIn.RepresentativeAddress(RegionalService.S3("xx-nowhere-1")));
    }

    [Fact]
    public void ManagedPrefixList_NamedForService_ReplacesBuiltInRanges()
    {
        var list = new PrefixList { Id = new PrefixListId("pl-63a5400a"), Name = "com.amazonaws.us-east-1.s3", Cidrs = [Ipv4Prefix.Parse("198.51.100.0/24")] };
        var catalog = BuiltIn.WithPrefixLists([list]);
        Assert.Equal(["198.51.100.0/24"], catalog.Addresses(RegionalService.S3("us-east-1")).Prefixes.Select(p => p.ToString()));
        Assert.Equal(list, catalog.OverridingPrefixList(RegionalService.S3("us-east-1")));
        Assert.Equal([RegionalService.S3("us-east-1")], catalog.ServicesAt(Ipv4Address.Parse("198.51.100.7")));
        Assert.Empty(catalog.ServicesAt(Ipv4Address.Parse("52.216.0.1")));
        // other regions keep the built-in ranges
        Assert.False(catalog.Addresses(RegionalService.S3("eu-west-1")).IsEmpty);
    }

    [Fact]
    public void ServicesAt_S3Address_NamesS3OfItsRegion()
    {
        Assert.Equal([RegionalService.S3("us-east-1")], BuiltIn.ServicesAt(Ipv4Address.Parse("52.216.10.1")));
    }

    [Theory]
    [InlineData("s3:us-east-1", true)]
    [InlineData("glue:eu-west-1", true)]
    [InlineData("s3", false)]
    [InlineData(":us-east-1", false)]
    [InlineData("s3:", false)]
    public void RegionalServiceTryParse_Texts_AcceptsServiceColonRegion(string text, bool ok) =>
        Assert.Equal(ok, RegionalService.TryParse(text, out _));
}
