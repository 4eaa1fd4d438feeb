using BenchmarkDotNet.Attributes;
using PathSim.Addressing;
using PathSim.Network;
using PathSim.Solver.Symbolic;
using PathSim.Solver.Symbolic.PacketSets;
using PathSim.Solver.Tracing;

namespace PathSim.Benchmarks;

/// <summary>
/// Reachability from every subnet (one source interface per subnet that has one). The question both
/// engines answer: which interfaces of the source's VPC does TCP 443 from the source reach, replies
/// included? The tracer follows one packet per destination; the symbolic engine pushes the whole set
/// at once. In one class, so the Ratio column is symbolic / tracer (issue 6 goal: 0.01 or less).
/// <see cref="SymbolicAllPackets"/> answers the larger question — every packet from each source.
/// </summary>
public class ReachBenchmarks : SizedBenchmark
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

    [Benchmark]
    public int SymbolicAllPackets()
    {
        var engine = new SymbolicEngine(_model);
        int classes = 0;
        foreach (var (source, _) in _questions) classes += engine.Reach(source).Classes.Length;
        return classes;
    }
}
