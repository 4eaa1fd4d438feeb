using System.CommandLine;
using PathSim.Aws;
using PathSim.Aws.Live;
using PathSim.Cli.Output;
using PathSim.Diagnostics;
using PathSim.Topology;
using PathSim.Validation;
using PathSim.Yaml;

namespace PathSim.Cli.Loading;

/// <summary>
/// Where a command's topology comes from (CLI.md): a TOPOLOGY argument (YAML file or snapshot directory), or
/// <c>--aws</c> in its place with <c>--region</c>, <c>--profile</c>, <c>--vpc</c>; plus <c>--redshift-overlay</c>
/// for the Redshift settings EC2 cannot show (docs/aws-input.md). One instance per command.
/// </summary>
public sealed class TopologyInput
{
    public Argument<string?> Topology { get; } = new("topology")
    {
        Description = "A topology YAML file or a directory of AWS describe-* JSON outputs (omit with --aws)",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<bool> Aws { get; } = new("--aws") { Description = "Read the live AWS account (read-only Describe* calls) instead of TOPOLOGY" };

    public Option<string?> Profile { get; } = new("--profile") { Description = "With --aws: a named profile from ~/.aws/config and ~/.aws/credentials (default: the SDK's credential chain)" };

    public Option<string?> Vpc { get; } = new("--vpc") { Description = "With --aws: read only this VPC" };

    public Option<string?> EndpointUrl { get; } = new("--endpoint-url") { Description = "With --aws: the EC2 endpoint to call instead of the region's (an EC2 interface endpoint)" };

    public Option<string[]> RedshiftOverlay { get; } = new("--redshift-overlay")
    {
        Description = "Redshift settings EC2 cannot show: describe-clusters JSON, or a topology YAML file with redshift_clusters (repeatable)",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Adds the TOPOLOGY argument and the AWS options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Add(Topology);
        foreach (var option in new Option[] { Aws, Profile, Vpc, EndpointUrl, RedshiftOverlay }) command.Add(option);
    }

    /// <summary>Loads the topology, reports every diagnostic, and returns it unless something was an error (exit 2).</summary>
    public NetworkTopology? LoadAndReport(ParseResult parse, TopologyLoaders loaders, Option<string?> region, CommandReport report)
    {
        var loaded = Load(parse, loaders, region, report);
        if (loaded is null) return null;
        report.Add(loaded.Diagnostics);
        return loaded.Topology;
    }

    private TopologyLoadResult? Load(ParseResult parse, TopologyLoaders loaders, Option<string?> regionOption, CommandReport report)
    {
        string? path = parse.GetValue(Topology);
        string? region = parse.GetValue(regionOption);
        var overlays = parse.GetValue(RedshiftOverlay) ?? [];
        if (parse.GetValue(Aws))
        {
            if (path is not null)
            {
                report.Add([Diagnostic.Create(DiagnosticDescriptors.InvalidArgument, SourceLocation.None, "--aws", "give either TOPOLOGY or --aws, not both")]);
                return null;
            }
            var options = new Ec2ReadOptions
            {
                Region = region,
                Profile = parse.GetValue(Profile),
                VpcId = parse.GetValue(Vpc),
                ServiceUrl = parse.GetValue(EndpointUrl),
                RedshiftFiles = [.. overlays.Where(IsJson)],
            };
            var progress = new StderrProgress(parse.InvocationConfiguration.Error);
            var read = Ec2AccountReader.ReadAsync(options, progress).GetAwaiter().GetResult();
            return loaders.CheckPolicies(WithYamlOverlays(read, overlays).Validate());
        }
        if (path is null)
        {
            report.Add([Diagnostic.Create(DiagnosticDescriptors.InvalidArgument, SourceLocation.None, "TOPOLOGY", "give a topology YAML file or a snapshot directory, or --aws")]);
            return null;
        }
        return LoadPath(path, region, overlays, loaders, report);
    }

    /// <summary>
    /// A TOPOLOGY path (YAML file or snapshot directory) with the <c>--redshift-overlay</c> files merged into a snapshot;
    /// <c>diff</c> loads both of its sides this way. <paramref name="warnRegion"/>: whether to say that <c>--region</c> does not apply to a file.
    /// </summary>
    public static TopologyLoadResult LoadPath(string path, string? region, string[] overlays, TopologyLoaders loaders, CommandReport report, bool warnRegion = true)
    {
        // --region names the region of a snapshot's top-level files; a topology file states its own (TOPOLOGY.md), so
        // the option is not applied, and said so rather than silently dropped (PS7003).
        if (warnRegion && region is not null && File.Exists(path))
            report.Add([RegionIgnored()]);
        if (overlays.Length == 0 || !Directory.Exists(path)) return loaders.Load(path, region);
        var snapshot = AwsSnapshotReader.ReadDirectory(path, region, overlays.Where(IsJson));
        return loaders.CheckPolicies(WithYamlOverlays(snapshot, overlays).Validate());
    }

    public static Diagnostic RegionIgnored() => Diagnostic.Create(DiagnosticDescriptors.OptionIgnored, SourceLocation.None, "--region",
        "ignored for a topology file, whose region is its 'region:' key; --region applies to a snapshot directory or --aws");

    private static bool IsJson(string file) => file.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>YAML overlays are merged before validation, so their references resolve against the account.</summary>
    private static AwsReadResult WithYamlOverlays(AwsReadResult read, IEnumerable<string> overlays)
    {
        var topology = read.Topology;
        var diagnostics = read.Diagnostics.ToList();
        foreach (var file in overlays.Where(f => !IsJson(f)))
        {
            var overlay = TopologyYamlReader.ReadOverlay(file);
            diagnostics.AddRange(overlay.Diagnostics);
            if (overlay.Topology is { } o) topology = PathSim.Aws.RedshiftOverlay.Apply(topology, o);
        }
        return new AwsReadResult(topology, [.. diagnostics]);
    }
}
