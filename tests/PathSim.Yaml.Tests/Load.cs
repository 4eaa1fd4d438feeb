using PathSim.Validation;

namespace PathSim.Yaml.Tests;

/// <summary>Reading test inputs under one file name, and diagnostics as comparable tuples.</summary>
internal static class Load
{
    public const string FileName = "t.yaml";

    /// <summary>Five lines (a region and one VPC, 10.0.0.0/16) that the snippets of a test follow, from line 6.</summary>
    public const string Header = """
        pathsim: 1
        region: us-east-1
        vpcs:
          - id: vpc-a
            cidr: 10.0.0.0/16

        """;

    public static TopologyLoadResult Text(string yaml) => TopologyYamlReader.Read(yaml, FileName);

    /// <summary>The header, then <paramref name="rest"/> starting at line 6.</summary>
    public static TopologyLoadResult AfterHeader(string rest) => Text(Header + rest);

    public static (string Id, int Line, int Column)[] Codes(TopologyLoadResult result) =>
        [.. result.Diagnostics.Select(d => (d.Id, d.Location.Line, d.Location.Column))];

    public static string[] Rendered(TopologyLoadResult result) => [.. result.Diagnostics.Select(d => d.ToString())];
}
