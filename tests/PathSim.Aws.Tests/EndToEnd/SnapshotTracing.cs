using PathSim.Addressing;
using PathSim.Network;
using PathSim.Solver.Tracing;
using PathSim.Topology;
using PathSim.Traces;
using Xunit;

namespace PathSim.Aws.Tests.EndToEnd;

/// <summary>Loads a snapshot and traces one packet through it with the real network model and tracer.</summary>
internal static class SnapshotTracing
{
    public static NetworkTopology Load(string directory, string? region = null)
    {
        var result = AwsSnapshotReader.Load(directory, region);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        return result.Topology!;
    }

    public static TraceResult Trace(NetworkTopology topology, string from, string to, string protocol = "tcp", int port = 443)
    {
        var tracer = new PacketTracer(NetworkModel.Build(topology));
        var source = tracer.ResolveSource(from, out var error) ?? throw new InvalidOperationException(error);
        Assert.True(TraceDestination.TryParse(to, out var destination));
        return tracer.Trace(new TraceRequest { Source = source, Destination = destination, Protocol = IpProtocol.Parse(protocol), DestinationPort = port });
    }

    /// <summary>The hops as "kind id".</summary>
    public static string[] Path(Trace? trace) => trace is null ? [] : [.. trace.Hops.Select(h => $"{h.Component.Kind.ToWireName()} {h.Component.Id}")];

    public static string[] Codes(TraceResult result) => [.. result.Codes.Select(c => c.Value)];
}
