using BenchmarkDotNet.Attributes;
using PathSim.Addressing;
using PathSim.Network;
using PathSim.Services;
using PathSim.Solver.Symbolic;
using PathSim.Solver.Tracing;
using PathSim.Topology;

namespace PathSim.Benchmarks;

/// <summary>
/// The full answer for a source subnet (issue 6, "reach from every subnet"): for every destination
/// address of the source VPC's CIDRs and of its region's AWS service ranges (S3, DynamoDB and the
/// AMAZON class that Glue and Athena answer from), TCP 443 from the source's first ephemeral port
/// (32768), replies included — which outcome, through which exit.
/// <list type="bullet">
/// <item><see cref="Tracer"/> (baseline) cannot follow a set, so it traces one packet per /28 block of
/// those destinations (the first address of each block inside them) plus one per interface address of the
/// VPC. /28 is AWS's smallest subnet and the smallest S3 prefix, so the routes, subnets, SG and ACL CIDRs
/// of these topologies never split a block; the AMAZON class's few /32s do, so this is still a lower bound
/// on what a complete tracer answer costs (one trace per address is ~16× more).</item>
/// <item><see cref="Symbolic"/> pushes the whole destination set through the network once per source and
/// returns the partition into outcome classes: exact, address by address.</item>
/// </list>
/// Both answer from the same <see cref="SampleSize"/> sources (evenly spaced over the subnets), so the
/// Ratio column is symbolic / tracer on one question; <see cref="SymbolicEverySubnet"/> is the symbolic
/// full answer from every subnet (at L only in verify).
/// </summary>
public class ReachFullAnswerBenchmarks : SizedBenchmark
{
    /// <summary>Sources both engines answer from: the tracer needs seconds per source.</summary>
    public const int SampleSize = 2;

    /// <summary>The tracer's grid: one packet per block of this many addresses.</summary>
    public const int BlockSize = 16;

    private NetworkModel _model = null!;
    private CompiledInterface[] _sources = [];
    private CompiledInterface[] _sample = [];
    private readonly Dictionary<VpcId, Ipv4PrefixSet> _destinations = [];

    [GlobalSetup]
    public void Setup()
    {
        _model = NetworkModel.Build(OrganisationCorpus.Topology(Size));
        _sources = [.. ReachInterfacesBenchmarks.Questions(_model).Select(q => q.Source)];
        _sample = [.. Enumerable.Range(0, SampleSize).Select(i => _sources[i * _sources.Length / SampleSize])];
        foreach (var vpc in _sources.Select(s => s.Vpc).Distinct()) _destinations[vpc] = Destinations(_model, vpc);
    }

    /// <summary>The VPC's CIDRs and every service range of its region.</summary>
    public static Ipv4PrefixSet Destinations(NetworkModel model, VpcId vpcId)
    {
        var vpc = model.FindVpc(vpcId)!;
        var catalog = model.ServiceAddresses;
        return Ipv4PrefixSet.Create(vpc.Cidrs)
            .Union(catalog.ClassAddresses(vpc.Region, ServiceAddressClass.S3))
            .Union(catalog.ClassAddresses(vpc.Region, ServiceAddressClass.DynamoDb))
            .Union(catalog.ClassAddresses(vpc.Region, ServiceAddressClass.Amazon));
    }

    /// <summary>What the tracer traces for a source: the first address of every /28 block of the destinations, and the VPC's interface addresses.</summary>
    public static IEnumerable<Ipv4Address> TracerDestinations(NetworkModel model, CompiledInterface source, Ipv4PrefixSet destinations)
    {
        var seen = new HashSet<uint>();
        foreach (var range in destinations.Ranges)
        {
            for (ulong a = range.First.Value; a <= range.Last.Value; a = (a | (BlockSize - 1)) + 1)
                if (seen.Add((uint)a)) yield return new Ipv4Address((uint)a);
        }
        foreach (var nic in model.Interfaces)
            if (nic.Vpc == source.Vpc && seen.Add(nic.PrivateIp.Value)) yield return nic.PrivateIp;
    }

    [Benchmark(Baseline = true)]
    public int Tracer() => TraceAll(_sample);

    [Benchmark]
    public int Symbolic() => ReachAll(new SymbolicEngine(_model), _sample).Sum(r => r.Classes.Length);

    [Benchmark]
    public int SymbolicEverySubnet() => ReachAll(new SymbolicEngine(_model), _sources).Sum(r => r.Classes.Length);

    /// <summary>The sources both engines answer from.</summary>
    public IReadOnlyList<CompiledInterface> Sample => _sample;

    public NetworkModel Model => _model;

    public int TraceAll(IEnumerable<CompiledInterface> sources)
    {
        var tracer = new PacketTracer(_model);
        int reached = 0;
        foreach (var source in sources)
            foreach (var destination in TracerDestinations(_model, source, _destinations[source.Vpc]))
                if (tracer.Trace(new TraceRequest { Source = source, Destination = TraceDestination.ForAddress(destination) }).Verdict == Traces.Verdict.Reachable)
                    reached++;
        return reached;
    }

    public List<ReachabilityReport> ReachAll(SymbolicEngine engine, IEnumerable<CompiledInterface> sources)
    {
        var space = engine.Space;
        var question = space.Protocol(IpProtocol.Tcp) & space.DestinationPorts(PortRange.Single(443))
            & space.SourcePorts(PortRange.Single(PortRange.LinuxEphemeral.From));
        var reports = new List<ReachabilityReport>();
        foreach (var source in sources)
            reports.Add(engine.Reach(source, engine.PacketsFrom(source) & question & space.DestinationIn(_destinations[source.Vpc].Ranges)));
        return reports;
    }

    public Ipv4PrefixSet DestinationsOf(CompiledInterface source) => _destinations[source.Vpc];
}
