using BenchmarkDotNet.Attributes;
using PathSim.Addressing;
using PathSim.Network;
using PathSim.Solver.Symbolic;
using PathSim.Solver.Symbolic.PacketSets;
using PathSim.Solver.Tracing;

namespace PathSim.Benchmarks;

/// <summary>
/// The narrow comparison: from one interface in every subnet, which <em>interfaces</em> of its VPC does
/// TCP 443 reach, replies included? About ten destinations per source, so the tracer (one trace per
/// destination) is cheap here and this does not measure the symbolic engine's purpose; it is kept to
/// show that cost. <see cref="ReachFullAnswerBenchmarks"/> compares the engines on the full answer.
/// Ratio = symbolic / tracer.
/// </summary>
public class ReachInterfacesBenchmarks : SizedBenchmark
{
    private NetworkModel _model = null!;
    private (CompiledInterface Source, Ipv4Address[] Destinations)[] _questions = [];

    [GlobalSetup]
    public void Setup()
    {
        _model = NetworkModel.Build(OrganisationCorpus.Topology(Size));
        _questions = Questions(_model);
    }

    public static (CompiledInterface Source, Ipv4Address[] Destinations)[] Questions(NetworkModel model)
    {
        var byVpc = model.Interfaces.GroupBy(i => i.Vpc).ToDictionary(g => g.Key, g => g.Select(i => i.PrivateIp).Distinct().ToArray());
        return [.. model.Interfaces.GroupBy(i => i.Subnet).Select(g => g.First()).Select(source => (source, byVpc[source.Vpc]))];
    }

    [Benchmark(Baseline = true)]
    public int Tracer()
    {
        var tracer = new PacketTracer(_model);
        int reached = 0;
        foreach (var (source, destinations) in _questions)
            foreach (var destination in destinations)
                if (tracer.Trace(new TraceRequest { Source = source, Destination = TraceDestination.ForAddress(destination) }).Verdict == Traces.Verdict.Reachable)
                    reached++;
        return reached;
    }

    [Benchmark]
    public int Symbolic()
    {
        var engine = new SymbolicEngine(_model);
        var space = engine.Space;
        var https = space.Protocol(IpProtocol.Tcp) & space.DestinationPorts(PortRange.Single(443));
        int classes = 0;
        foreach (var (source, destinations) in _questions)
        {
            var packets = engine.PacketsFrom(source) & https & space.DestinationIn(destinations.Select(d => Ipv4Range.FromPrefix(Ipv4Prefix.Host(d))));
            classes += engine.Reach(source, packets).Classes.Length;
        }
        return classes;
    }

    /// <summary>Every packet from every source (verify only: a minute per operation at M).</summary>
    public int SymbolicAllPackets()
    {
        var engine = new SymbolicEngine(_model);
        int classes = 0;
        foreach (var (source, _) in _questions) classes += engine.Reach(source).Classes.Length;
        return classes;
    }
}
