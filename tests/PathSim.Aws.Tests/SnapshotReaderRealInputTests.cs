using PathSim.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace PathSim.Aws.Tests;

public sealed class SnapshotReaderRealInputTests(ITestOutputHelper output)
{
    public static TheoryData<string> Snapshots => new(RealInputs.BatfishSnapshots);

    [Theory]
    [MemberData(nameof(Snapshots))]
    public void BatfishSnapshot_Loads_WithoutErrors(string snapshot)
    {
        var result = AwsSnapshotReader.Load(RealInputs.Batfish(snapshot));

        foreach (var d in result.Diagnostics) output.WriteLine(d.ToString());
        Assert.Empty(result.Diagnostics.Where(d => d.IsError));
        Assert.NotNull(result.Topology);
        Assert.NotEmpty(result.Topology.Vpcs);
        Assert.NotEmpty(result.Topology.Subnets);
    }
}
