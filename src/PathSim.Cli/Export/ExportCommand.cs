using System.CommandLine;
using System.Text.Json;
using PathSim.Cli.Loading;
using PathSim.Cli.Output;
using PathSim.Diagnostics;
using PathSim.Yaml;

namespace PathSim.Cli.Export;

/// <summary>
/// <c>pathsim export TOPOLOGY -o FILE.yaml</c> (CLI.md): writes any loaded topology — a snapshot directory,
/// a live account (<c>--aws</c>) — as a topology YAML file that loads back to the same model. The file is
/// written atomically (temporary file, then rename), so a failed export leaves any earlier file intact.
/// </summary>
public static class ExportCommand
{
    public static Command Create(CommonOptions common, TopologyLoaders loaders)
    {
        var input = new TopologyInput();
        var output = new Option<string>("--output", "-o") { Description = "The topology YAML file to write", Required = true };
        var command = new Command("export", "Write a topology (snapshot directory, --aws, or YAML) as a topology YAML file")
        {
            output, common.Format, common.Region,
        };
        input.AddTo(command);
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var report = common.ReportFor(parse);
            if (input.LoadAndReport(parse, loaders, common.Region, report) is not { } loaded)
                return report.InvalidInput();

            string path = parse.GetValue(output)!;
            try
            {
                TopologyYamlWriter.WriteFile(loaded, path);
            }
            catch (Exception e) when (CommandReport.IsWriteFailure(e))
            {
                return report.CannotWrite(path, e);
            }

            string counts = $"{loaded.Vpcs.Count} VPCs, {loaded.Subnets.Count} subnets, {loaded.RouteTables.Count} route tables, " +
                            $"{loaded.NetworkInterfaces.Count} network interfaces, {loaded.RedshiftClusters.Count} Redshift clusters";
            switch (common.FormatOf(parse))
            {
                case OutputFormat.Json:
                    stdout.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
                    {
                        ["written"] = path,
                        ["source"] = loaded.Source,
                        ["vpcs"] = loaded.Vpcs.Count,
                        ["subnets"] = loaded.Subnets.Count,
                        ["redshift_clusters"] = loaded.RedshiftClusters.Count,
                    }));
                    break;
                default:
                    stdout.WriteLine($"wrote {path}: {counts}");
                    break;
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
