using System.CommandLine;
using PathSim.Cli.Output;
using PathSim.Diagnostics;
using PathSim.Generation;
using PathSim.Yaml;

namespace PathSim.Cli.Generate;

/// <summary>
/// <c>pathsim generate --size S|M|L|N [--seed N] -o FILE.yaml</c>: writes a realistic generated
/// organisation (the benchmarks' input, benchmarks/README.md) so users can try pathsim at scale.
/// The same size and seed always write the same file.
/// </summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var size = new Option<string>("--size", "-s")
        {
            Description = $"S (10 VPCs), M (100), L (1,000) or a VPC count up to {OrganisationSize.MaxVpcs}",
            DefaultValueFactory = _ => "S",
        };
        var seed = new Option<long>("--seed") { Description = "Seed of the generator", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--output", "-o") { Description = "The topology YAML file to write", Required = true };
        var command = new Command("generate", "Write a generated organisation (VPCs, subnets, gateways, endpoints, peering, Redshift clusters) as a topology YAML file")
        {
            size, seed, output,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var report = new CommandReport(stdout, parse.InvocationConfiguration.Error, OutputFormat.Text);
            if (!OrganisationSize.TryParse(parse.GetValue(size), out int vpcs))
            {
                return report.InvalidArgument("--size", $"must be S, M, L or a VPC count from 1 to {OrganisationSize.MaxVpcs}, not '{parse.GetValue(size)}'");
            }
            var topology = OrganisationGenerator.Generate(new OrganisationOptions { VpcCount = vpcs, Seed = parse.GetValue(seed) });
            var file = parse.GetValue(output)!;
            try
            {
                TopologyYamlWriter.WriteFile(topology, file);
            }
            catch (Exception e) when (CommandReport.IsWriteFailure(e))
            {
                return report.CannotWrite(file, e);
            }
            stdout.WriteLine($"wrote {file}: {topology.Vpcs.Count} VPCs, {topology.Subnets.Count} subnets, {topology.RedshiftClusters.Count} Redshift clusters");
            return ExitCodes.Ok;
        });
        return command;
    }
}
