using System.Diagnostics;
using System.Globalization;
using PathSim.Aws;
using PathSim.Network;
using PathSim.Redshift;
using PathSim.Yaml;

namespace PathSim.Benchmarks;

/// <summary>
/// <c>verify</c>: runs every stage once per selected size — generate, write and read the inputs, build
/// the model, solve — and prints each stage's wall time, CPU time and allocation, what the readers said
/// (diagnostics by id), and at the end the process's peak working set and GC heap. A quick smoke check
/// of the suites' inputs, and (with <c>--sizes L</c> alone, in a fresh process) the peak-memory measurement.
/// </summary>
public static class InputCheck
{
    public static int Run()
    {
        int failures = 0;
        foreach (var size in BenchmarkSizes.Selected)
        {
            var topology = Stage(size, "generate", () => OrganisationCorpus.Topology(size),
                t => $"{t.Vpcs.Count} VPCs, {t.Subnets.Count} subnets, {t.RedshiftClusters.Count} clusters");

            var yaml = Path.Combine(OrganisationCorpus.ScratchDirectory(size), "organisation.yaml");
            Stage(size, "write yaml", () => { TopologyYamlWriter.WriteFile(topology, yaml); return yaml; }, f => $"{new FileInfo(f).Length / 1024} KiB");
            Stage(size, "read yaml (cold)", () => TopologyYamlReader.Read(yaml, InputFiles.YamlLimits), _ => "");
            var fromYaml = Stage(size, "read yaml", () => TopologyYamlReader.Read(yaml, InputFiles.YamlLimits),
                r => r.Topology is { } t ? $"{t.Vpcs.Count} VPCs, {t.Subnets.Count} subnets, {t.RedshiftClusters.Count} clusters" : "failed");
            failures += Report(fromYaml.Diagnostics);
            var defaultLimits = TopologyYamlReader.Read(yaml);
            if (defaultLimits.HasErrors)
                Console.WriteLine($"      with pathsim's default limits: {string.Join("; ", defaultLimits.Diagnostics.Where(d => d.IsError).Take(3))}");

            var dir = Path.Combine(OrganisationCorpus.ScratchDirectory(size), "snapshot");
            Stage(size, "write snapshot", () => { Snapshots.DescribeSnapshotWriter.Write(topology, dir); return dir; }, d => d);
            Stage(size, "read snapshot (cold)", () => AwsSnapshotReader.ReadDirectory(dir), _ => "");
            var read = Stage(size, "read snapshot", () => AwsSnapshotReader.ReadDirectory(dir),
                r => $"{r.Topology.Vpcs.Count} VPCs, {r.Topology.Subnets.Count} subnets, {r.Topology.RedshiftClusters.Count} clusters");
            failures += Report(read.Diagnostics);

            Stage(size, "build model (cold)", () => NetworkModel.Build(topology), _ => "");
            var model = Stage(size, "build model", () => NetworkModel.Build(topology), m => $"{m.Interfaces.Length} interfaces");
            Report(model.Diagnostics);

            var check = Stage(size, "check (symbolic probe)", () => CheckBenchmarks.CreateAnalyzer(model).Check(topology),
                c => string.Join(", ", c.Clusters.SelectMany(x => x.Flows).GroupBy(f => f.Verdict).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));

            var reach = new ReachInterfacesBenchmarks { Size = size };
            reach.Setup();
            Stage(size, "reach ifaces: tracer", reach.Tracer, n => $"{n} reachable of {ReachInterfacesBenchmarks.Questions(model).Sum(q => q.Destinations.Length)} pairs");
            Stage(size, "reach ifaces: symbolic", reach.Symbolic, n => $"{n} classes");
            // Every packet from every source: a minute at M and over 2 GiB, so not at L.
            if (size.VpcCount <= 100) Stage(size, "reach: symbolic all", reach.SymbolicAllPackets, n => $"{n} classes");
            FullAnswer(size);
        }
        using (var self = Process.GetCurrentProcess())
        {
            var gc = GC.GetGCMemoryInfo(GCKind.Any);
            Console.WriteLine($"peak working set {Mib(self.PeakWorkingSet64)}, GC heap now {Mib(GC.GetTotalMemory(false))}, " +
                $"largest GC heap {Mib(gc.HeapSizeBytes)} (committed {Mib(gc.TotalCommittedBytes)}), gen2 collections {GC.CollectionCount(2)}");
        }
        return failures == 0 ? 0 : 1;
    }

    /// <summary>The full-answer comparison once, with what each side did and whether they agree on the tracer's packets.</summary>
    private static void FullAnswer(OrganisationScale size)
    {
        var full = new ReachFullAnswerBenchmarks { Size = size };
        full.Setup();
        int traces = full.Sample.Sum(s => ReachFullAnswerBenchmarks.TracerDestinations(full.Model, s, full.DestinationsOf(s)).Count());
        long addresses = full.Sample.Sum(s => full.DestinationsOf(s).AddressCount);
        var clock = Stopwatch.StartNew();
        Stage(size, "full: tracer /28", () => full.TraceAll(full.Sample),
            n => $"{n} reachable of {traces} traces from {full.Sample.Count} sources ({addresses} destination addresses)");
        double perTrace = clock.Elapsed.TotalMilliseconds / traces;
        var reports = Stage(size, "full: symbolic", () => full.ReachAll(new Solver.Symbolic.SymbolicEngine(full.Model), full.Sample),
            r => $"{r.Sum(x => x.Classes.Length)} classes from {full.Sample.Count} sources");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"      tracer {perTrace:N3} ms per trace; one trace per address would take ~{perTrace * addresses / 1000:N0} s for these sources"));
        // The engines must agree on every packet the tracer followed.
        var tracer = new Solver.Tracing.PacketTracer(full.Model);
        int agree = 0, disagree = 0;
        for (int i = 0; i < full.Sample.Count; i++)
        {
            var source = full.Sample[i];
            foreach (var destination in ReachFullAnswerBenchmarks.TracerDestinations(full.Model, source, full.DestinationsOf(source)).Take(2_000))
            {
                var trace = tracer.Trace(new Solver.Tracing.TraceRequest { Source = source, Destination = Solver.Tracing.TraceDestination.ForAddress(destination) });
                bool symbolic = reports[i].OutcomeOf(trace.Header)?.IsSuccess ?? false;
                if (symbolic == (trace.Verdict == Traces.Verdict.Reachable)) agree++; else disagree++;
            }
        }
        Console.WriteLine($"      engines agree on {agree} of {agree + disagree} traced packets (the first 2,000 per source)");
        Stage(size, "full: symbolic every", full.SymbolicEverySubnet, n => $"{n} classes from every subnet");
    }

    private static T Stage<T>(OrganisationScale size, string name, Func<T> run, Func<T, string> describe)
    {
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = run();
        clock.Stop();
        self.Refresh();
        var cpuMs = (self.TotalProcessorTime - cpu).TotalMilliseconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{size.Name,-3} {name,-22} wall {clock.Elapsed.TotalMilliseconds,9:N0} ms  cpu {cpuMs,9:N0} ms  alloc {Mib(GC.GetTotalAllocatedBytes(precise: true) - allocated),10}  {describe(result)}"));
        return result;
    }

    private static int Report(IEnumerable<Diagnostics.Diagnostic> diagnostics)
    {
        int errors = 0;
        foreach (var group in diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key))
        {
            Console.WriteLine($"      {group.Count(),6} × {group.First()}");
            errors += group.Count(d => d.IsError);
        }
        return errors > 0 ? 1 : 0;
    }

    private static string Mib(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("N1", CultureInfo.InvariantCulture) + " MiB";
}
