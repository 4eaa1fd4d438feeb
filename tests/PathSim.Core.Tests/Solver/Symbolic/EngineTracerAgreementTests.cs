using FsCheck;
using FsCheck.Fluent;
using PathSim.Addressing;
using PathSim.Network;
using PathSim.Solver.Symbolic;
using PathSim.Solver.Tracing;
using PathSim.Testing;
using PathSim.Testing.Topologies;
using PathSim.Topology;
using PathSim.Traces;
using Xunit;

namespace PathSim.Core.Tests.Solver.Symbolic;

/// <summary>
/// (1) The symbolic engine and the concrete tracer agree on random packets of random topologies: same
/// forward disposition, target, exit and drop code, and the same fate for the reply (Zen's habit of
/// re-checking every solver answer with the interpreter).
/// </summary>
[Trait("Category", "Property")]
public sealed class EngineTracerAgreementTests
{
    public sealed record Probe(Ipv4Address Destination, IpProtocol Protocol, int SourcePort, int DestinationPort)
    {
        public override string ToString() => $"{Protocol} :{SourcePort} -> {Destination}:{DestinationPort}";
    }

    private static readonly uint[] Interesting =
        [0x34D80000, 0x34D80A0B, 0x03050001, 0x36000001, 0x08080808, 0x01020304, 0xC0A80101, 0x12220001, 0x0B000001, 0xCB007101, 0x64400001];

    /// <summary>169.254.169.253 (DNS), .254 (metadata), .123 (Time Sync); 0 stands for 10.V.0.2.</summary>
    private static readonly uint[] HostAddresses = [0xA9FEA9FD, 0xA9FEA9FE, 0xA9FEA97B, 0];

    /// <summary>Destinations near the topology's own addresses and the generator's public prefixes, so every kind of hop gets hit.</summary>
    private static Gen<Probe> ProbeGen =>
        from kind in Gen.Choose(0, 9)
        from v in Gen.Choose(0, 2)
        from s in Gen.Choose(0, 4)
        from host in Gen.Frequency((3, Gen.Choose(4, 14)), (1, Gen.Choose(0, 255)))
        from pick in Gen.Elements(Interesting)
        from noise in Gen.Choose(0, 65535)
        from random in Gen.Choose(int.MinValue, int.MaxValue)
        from protocol in Gen.Frequency((6, Gen.Constant(IpProtocol.Tcp)), (2, Gen.Constant(IpProtocol.Udp)), (1, Gen.Constant(IpProtocol.Icmp)), (1, Gen.Constant(IpProtocol.FromNumber(50))))
        from sport in Gen.Elements(0, 1023, 1024, 32768, 40000, 60999, 65535)
        from dport in Gen.Elements(443, 80, 53, 123, 5439, 22, 1024, 40000)
        from onHost in Gen.Elements(HostAddresses)
        let destination = kind switch
        {
            < 5 => 0x0A000000u | ((uint)v << 16) | ((uint)s << 8) | (uint)host,
            < 8 => pick + (uint)(noise % 256),
            // F4: the services answered on the sender's host, and a VPC's base + 2 (its DNS server, or another VPC's).
            8 when noise % 2 == 0 => onHost == 0 ? 0x0A000002u | ((uint)v << 16) : onHost,
            _ => (uint)random,
        }
        select new Probe(new Ipv4Address(destination), protocol, protocol.HasPorts ? sport : 0, protocol.HasPorts ? dport : 0);

    /// <summary>Also, one time in five, a public IP of the topology's own (G1: in through the internet and another IGW).</summary>
    private static Gen<Probe> ProbeGenFor(NetworkTopology topology) =>
        Gen.Frequency(
            (4, ProbeGen),
            (1, from probe in ProbeGen
                from destination in PacketGen.PublicAddressOf(topology)
                select probe with { Destination = destination }));

    public static Arbitrary<(SymbolicEnginePropertyTests.SourceCase Case, Probe[] Probes)> Cases => Arb.From(
        from c in SymbolicEnginePropertyTests.Cases.Generator
        from probes in ProbeGenFor(c.Topology).ArrayOf(25)
        select (c, probes),
        x => SymbolicEnginePropertyTests.Cases.Shrinker(x.c).Select(c => (c, x.probes))
            .Concat(x.probes.Length > 1 ? x.probes.Select((_, i) => (x.c, x.probes.Where((_, j) => j != i).ToArray())) : []));

    [Fact]
    public void Engine_RandomTopologiesAndPackets_AgreesWithTracer()
    {
        PropertyBudget.Check(Prop.ForAll(Cases, x =>
        {
            var model = x.Case.Model();
            if (x.Case.Source(model) is not { } source) return true.Label("no source");
            var engine = new SymbolicEngine(model);
            var report = engine.Reach(source);
            var tracer = new PacketTracer(model);
            foreach (var probe in x.Probes)
            {
                var trace = tracer.Trace(new TraceRequest
                {
                    Source = source, Destination = TraceDestination.ForAddress(probe.Destination), Protocol = probe.Protocol,
                    DestinationPort = probe.DestinationPort, SourcePort = probe.SourcePort,
                });
                var packet = new PacketHeader(source.PrivateIp, probe.Destination, probe.Protocol, probe.SourcePort, probe.DestinationPort);
                var outcome = report.OutcomeOf(packet);
                var mismatch = Compare(trace, outcome);
                if (mismatch is not null)
                    return false.Label($"{packet}: {mismatch}{Environment.NewLine}tracer forward:{Environment.NewLine}{trace.Forward}{Environment.NewLine}tracer return:{Environment.NewLine}{trace.Return}");
            }
            return true.Label("agree");
        }), baseline: 500);
    }

    /// <summary>Null when the tracer's result and the engine's class say the same; else what differs.</summary>
    public static string? Compare(TraceResult trace, ReachOutcome? outcome)
    {
        if (outcome is null) return "the engine has no class for the packet";
        var forward = trace.Forward;
        if (forward.Disposition == TraceDisposition.Dropped)
        {
            if (outcome.Disposition != ReachDisposition.Dropped || outcome.Code != forward.Drop!.Code)
                return $"tracer drops forward with {forward.Drop!.Code}, engine says {outcome}";
            return null;
        }
        var expected = forward.Disposition switch
        {
            TraceDisposition.DeliveredToInterface => ReachDisposition.DeliveredToInterface,
            TraceDisposition.ReachedInternet => ReachDisposition.ReachedInternet,
            TraceDisposition.ReachedHostService => ReachDisposition.ReachedHostService,
            _ => ReachDisposition.ReachedService,
        };
        var target = forward.Disposition switch
        {
            TraceDisposition.DeliveredToInterface => forward.DeliveredTo?.Value,
            TraceDisposition.ReachedInternet => "internet",
            TraceDisposition.ReachedHostService => trace.HostService,
            _ => forward.Service?.ToString(),
        };
        if (outcome.Disposition != expected || outcome.Target != target || outcome.Via != trace.Via)
            return $"tracer: {forward.Disposition} {target} via {trace.Via}; engine: {outcome}";
        var reply = outcome.Reply!;
        switch (trace.Verdict)
        {
            case Verdict.Reachable when reply.Disposition == ReplyDisposition.Returns:
            case Verdict.Intermittent when reply.Disposition == ReplyDisposition.Intermittent:
                return null;
            case Verdict.Unreachable when reply.Disposition == ReplyDisposition.Dropped:
                var code = trace.Return?.Drop?.Code ?? ExplanationCode.NoRouteToDestination;
                return code == reply.Code ? null : $"tracer drops the reply with {code}, engine says {reply}";
            default:
                return $"tracer verdict {trace.Verdict}, engine {reply}";
        }
    }
}
