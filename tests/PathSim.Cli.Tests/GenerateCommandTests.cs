using Xunit;

namespace PathSim.Cli.Tests;

public class GenerateCommandTests
{
    [Fact]
    public void Generate_SmallSize_WritesFileThatChecks()
    {
        var file = Path.Combine(Path.GetTempPath(), $"pathsim-generate-{Guid.NewGuid():N}.yaml");
        try
        {
            var generated = CliRunner.Run("generate", "--size", "S", "--seed", "7", "-o", file);

            Assert.Equal(0, generated.ExitCode);
            Assert.Equal($"wrote {file}: 10 VPCs, 99 subnets, 10 Redshift clusters\n", generated.Output);
            var check = CliRunner.Run("check", file, "--format", "json");
            Assert.Equal(1, check.ExitCode);   // the generated organisation carries misconfigurations on purpose
            Assert.Equal("", check.Error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Generate_SameSeedTwice_SameFile()
    {
        var a = Path.Combine(Path.GetTempPath(), $"pathsim-generate-{Guid.NewGuid():N}.yaml");
        var b = Path.Combine(Path.GetTempPath(), $"pathsim-generate-{Guid.NewGuid():N}.yaml");
        try
        {
            CliRunner.Run("generate", "--size", "3", "-o", a);
            CliRunner.Run("generate", "--size", "3", "-o", b);

            Assert.Equal(File.ReadAllText(a), File.ReadAllText(b));
        }
        finally
        {
            File.Delete(a);
            File.Delete(b);
        }
    }

    [Theory]
    [InlineData("XL")]
    [InlineData("0")]
    [InlineData("5000")]
    public void Generate_UnknownSize_ExitCode2(string size)
    {
        var result = CliRunner.Run("generate", "--size", size, "-o", "unused.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error PS7001: --size: must be S, M, L or a VPC count from 1 to 4096, not '{size}'\n", result.Error);
    }
}
