using PathSim.Services;
using Xunit;

namespace PathSim.Core.Tests.Services;

/// <summary>
/// The generator of the embedded <c>src/PathSim.Core/Services/service-ranges.txt</c>: when the shared
/// ip-ranges.json is present, the committed file must equal what it generates. To regenerate after
/// updating ip-ranges.json run
/// <c>PATHSIM_REGENERATE=1 dotnet test tests/PathSim.Core.Tests --filter ServiceAddressCatalogResourceTests</c>.
/// </summary>
public sealed class ServiceAddressCatalogResourceTests
{
    private static string CommittedPath => Path.Combine(RepositoryPaths.Root, "src", "PathSim.Core", "Services", "service-ranges.txt");
    private static string SourcePath => Path.Combine(RepositoryPaths.RealInputs, "aws-ip-ranges", "ip-ranges.json");

    [Fact]
    public void CommittedResource_GeneratedFromSharedIpRanges_IsUpToDate()
    {
        if (!File.Exists(SourcePath)) return; // no shared inputs on this machine: nothing to compare with
        var catalog = ServiceAddressCatalog.FromIpRangesJson(File.ReadAllText(SourcePath), out var error);
        Assert.Null(error);
        var expected = catalog!.ToCompactText();
        if (Environment.GetEnvironmentVariable("PATHSIM_REGENERATE") == "1")
        {
            var temp = CommittedPath + ".tmp";
            File.WriteAllText(temp, expected);
            File.Move(temp, CommittedPath, overwrite: true);
        }
        Assert.Equal(expected, File.ReadAllText(CommittedPath).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void BuiltIn_LoadsEmbeddedResource_WithSourceMetadata()
    {
        var builtIn = ServiceAddressCatalog.BuiltIn;
        Assert.Equal("1655067786", builtIn.SyncToken);
        Assert.Contains("us-east-1", builtIn.Regions);
        Assert.DoesNotContain("global", builtIn.Regions);
    }
}
