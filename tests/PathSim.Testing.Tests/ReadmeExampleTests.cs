namespace PathSim.Testing.Tests;

public sealed class ReadmeExampleTests
{
    /// <summary>newuser-trial-3 #17: the README's test file is ReadmeExample.cs, which compiles and runs, so its usings and calls stay complete.</summary>
    [Fact]
    public void ReadmeTestFile_IsTheCompiledReadmeExample()
    {
        var example = File.ReadAllText(Path.Combine(Bundled.Root, "tests", "PathSim.Testing.Tests", "ReadmeExample.cs")).Replace("\r\n", "\n");
        var body = example.Split("// README-EXAMPLE-BEGIN\n")[1].Split("// README-EXAMPLE-END")[0];
        var readme = File.ReadAllText(Path.Combine(Bundled.Root, "README.md")).Replace("\r\n", "\n");

        Assert.Contains("```csharp\n" + body + "```\n", readme);
    }
}
