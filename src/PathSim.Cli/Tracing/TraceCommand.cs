using System.CommandLine;
using PathSim.Addressing;
using PathSim.Cli.Loading;
using PathSim.Cli.Output;
using PathSim.Network;
using PathSim.Services;
using PathSim.Solver.Tracing;
using PathSim.Traces;

namespace PathSim.Cli.Tracing;

/// <summary><c>pathsim trace TOPOLOGY --from SOURCE --to DESTINATION [--protocol] [--port]</c> (CLI.md): definition and handler.</summary>
public static class TraceCommand
{
    public static Command Create(CommonOptions common, TopologyLoaders loaders)
    {
        var input = new TopologyInput();
        var from = new Option<string>("--from") { Description = "A network interface id, instance id, NAT gateway id or private IP", Required = true };
        var to = new Option<string>("--to") { Description = "An IP address, an interface or instance id, or a service (s3:us-east-1, glue:us-east-1)", Required = true };
        var protocol = new Option<IpProtocol>("--protocol")
        {
            Description = "tcp, udp, icmp or an IP protocol number",
            DefaultValueFactory = _ => IpProtocol.Tcp,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? "tcp" : result.Tokens[0].Value;
                if (IpProtocol.TryParse(text, out var p) && !p.IsAll) return p;
                result.AddError($"'{text}' is not a protocol; use tcp, udp, icmp or 0-255");
                return IpProtocol.Tcp;
            },
        };
        var port = new Option<int>("--port")
        {
            Description = "Destination port",
            DefaultValueFactory = _ => 443,
            // A parser, not a validator: a validator reading a value that did not parse ('abc') throws.
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? "443" : result.Tokens[0].Value;
                if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) && p <= 65535) return p;
                result.AddError($"'{text}' is not a port (0-65535)");
                return 443;
            },
        };
        var command = new Command("trace", "Trace one packet hop by hop, forward and return, like the VPC Reachability Analyzer")
        {
            from, to, protocol, port, common.Format, common.Region,
        };
        input.AddTo(command);
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var report = common.ReportFor(parse);
            // As in a topology file (PS2109): a port means nothing to icmp or a protocol number other than tcp/udp.
            if (!parse.GetValue(protocol).HasPorts && parse.GetResult(port) is { Implicit: false })
                return report.InvalidArgument("--port", $"applies only to tcp and udp, not to protocol {parse.GetValue(protocol)}");
            if (input.LoadAndReport(parse, loaders, common.Region, report) is not { } loaded)
                return report.InvalidInput();

            var model = NetworkModel.Build(loaded);
            var tracer = new PacketTracer(model);
            var source = tracer.ResolveSource(parse.GetValue(from)!, out var sourceError);
            if (source is null)
            {
                return report.InvalidArgument("--from", sourceError ?? "not found");
            }
            var toText = parse.GetValue(to)!;
            if (!TraceDestination.TryParse(toText, out var destination) || !Exists(model, destination))
            {
                return report.InvalidArgument("--to", $"'{toText}' is not an IP address, a service (s3:REGION, glue:REGION, athena:REGION), or an interface or instance of this topology");
            }
            // An unknown service name would silently stand for the region's whole AMAZON class (newuser-trial-3 #9).
            if (destination.Kind == TraceDestinationKind.Service && !IsKnownService(model, destination.Service.Service))
            {
                return report.InvalidArgument("--to", $"unknown service '{destination.Service.Service}' (known: {string.Join(", ", ServiceAddressClass.KnownServices)}, " +
                    "or a service the topology has an endpoint or prefix list for)");
            }
            // A service in a region with no known addresses is a typo, not an unreachable destination.
            if (destination.Kind == TraceDestinationKind.Service && model.ServiceAddresses.Addresses(destination.Service).IsEmpty)
            {
                return report.InvalidArgument("--to", $"pathsim knows no addresses of {destination.Service.Service} in '{destination.Service.Region}' " +
                    "(a region of AWS's ip-ranges.json such as us-east-1, or a prefix list for it in the topology)");
            }

            var result = tracer.Trace(new TraceRequest
            {
                Source = source, Destination = destination, Protocol = parse.GetValue(protocol), DestinationPort = parse.GetValue(port),
                // F3: a NAT gateway picks its source ports from 1024-65535, not from a Linux client's range.
                ClientEphemeralPorts = source.Kind == Topology.NetworkInterfaceKind.NatGateway ? PortRange.NatGatewayEphemeral : PortRange.LinuxEphemeral,
            });
            switch (common.FormatOf(parse))
            {
                case OutputFormat.Json: TraceJsonRenderer.Render(result, stdout); break;
                default: TraceTextRenderer.Render(result, source.Id.Value, toText, stdout); break;
            }
            return result.Verdict.IsSuccess() ? ExitCodes.Ok : ExitCodes.FlowFailed;
        });
        return command;
    }

    private static bool IsKnownService(NetworkModel model, string service) =>
        ServiceAddressClass.KnownServices.Contains(service)
        || model.Topology.VpcEndpoints.Any(e => e.ParsedServiceName?.Service == service)
        || model.Topology.PrefixLists.Any(p => RegionalService.FromEndpointServiceName(p.Name)?.Service == service);

    private static bool Exists(NetworkModel model, TraceDestination destination) =>
        destination.Kind != TraceDestinationKind.Interface
        || model.FindInterface(new Topology.NetworkInterfaceId(destination.Id)) is not null
        || !model.InterfacesOf(new Topology.InstanceId(destination.Id)).IsEmpty;
}
