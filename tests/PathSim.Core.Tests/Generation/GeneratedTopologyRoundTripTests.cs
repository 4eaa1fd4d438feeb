using PathSim.Generation;
using PathSim.Topology;
using PathSim.Validation;
using PathSim.Yaml;
using Xunit;

namespace PathSim.Core.Tests.Generation;

public class GeneratedTopologyRoundTripTests
{
    [Theory]
    [InlineData(OrganisationSize.Small)]
    [InlineData(OrganisationSize.Medium)]
    public void Generate_Validate_NoDiagnostics(int vpcs)
    {
        var topology = OrganisationGenerator.Generate(new OrganisationOptions { VpcCount = vpcs, Seed = 3 });

        Assert.Empty(TopologyValidator.Validate(topology));
    }

    [Fact]
    public void Generate_WrittenAsYamlAndReadBack_SameTopologyWithoutDiagnostics()
    {
        var topology = OrganisationGenerator.Generate(new OrganisationOptions { VpcCount = OrganisationSize.Small });

        var read = TopologyYamlReader.Read(TopologyYamlWriter.Write(topology), "generated.yaml");

        Assert.Empty(read.Diagnostics);
        Assert.Equal(TopologyLocations.Strip(topology) with { Source = "" }, TopologyLocations.Strip(read.Topology!) with { Source = "" });
    }
}
