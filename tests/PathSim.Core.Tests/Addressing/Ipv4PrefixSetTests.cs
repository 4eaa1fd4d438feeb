using PathSim.Addressing;
using Xunit;

namespace PathSim.Core.Tests.Addressing;

public sealed class Ipv4PrefixSetTests
{
    private static Ipv4PrefixSet Set(params string[] cidrs) => Ipv4PrefixSet.Create(cidrs.Select(Ipv4Prefix.Parse));

    [Fact]
    public void Create_AdjacentAndNestedPrefixes_MergesToFewestCidrs()
    {
        var set = Set("10.0.1.0/24", "10.0.0.0/24", "10.0.0.128/25", "10.0.2.0/23");
        Assert.Equal(["10.0.0.0/22"], set.Prefixes.Select(p => p.ToString()));
    }

    [Fact]
    public void Except_HoleInTheMiddle_LeavesExactRemainder()
    {
        var set = Set("10.0.0.0/22").Except(Set("10.0.1.0/24"));
        Assert.Equal(["10.0.0.0/24", "10.0.2.0/23"], set.Prefixes.Select(p => p.ToString()));
        Assert.Equal(768, set.AddressCount);
    }

    [Fact]
    public void Contains_AddressesInsideAndOutside_BinarySearchAnswers()
    {
        var set = Set("10.0.0.0/24", "192.168.0.0/16");
        Assert.True(set.Contains(Ipv4Address.Parse("192.168.200.1")));
        Assert.False(set.Contains(Ipv4Address.Parse("10.0.1.0")));
        Assert.True(set.Contains(Ipv4Prefix.Parse("192.168.4.0/22")));
    }

    [Fact]
    public void Representative_LargestBlockFirstAddress()
    {
        Assert.Equal(Ipv4Address.Parse("52.216.0.0"), Set("3.5.0.0/19", "52.216.0.0/15").Representative);
        Assert.Null(Ipv4PrefixSet.Empty.Representative);
    }

    [Fact]
    public void Complement_OfAll_IsEmpty_AndBack()
    {
        Assert.True(Ipv4PrefixSet.All.Complement().IsEmpty);
        Assert.Equal(Ipv4PrefixSet.All, Ipv4PrefixSet.Empty.Complement());
    }

    [Fact]
    public void RangeToPrefixes_UnalignedRange_MinimalCover()
    {
        var range = new Ipv4Range(Ipv4Address.Parse("10.0.0.1"), Ipv4Address.Parse("10.0.0.6"));
        Assert.Equal(["10.0.0.1/32", "10.0.0.2/31", "10.0.0.4/31", "10.0.0.6/32"], range.ToPrefixes().Select(p => p.ToString()));
    }
}
