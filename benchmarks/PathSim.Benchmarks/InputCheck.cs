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

            var check = Stage(size, "check (tracer)", () => CheckBenchmarks.CreateAnalyzer(model).Check(topology),
                c => string.Join(", ", c.Clusters.SelectMany(x => x.Flows).GroupBy(f => f.Verdict).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));

            var reach = new ReachBenchmarks { Size = size };
            reach.Setup();
            Stage(size, "reach: tracer", reach.Tracer, n => $"{n} reachable of {ReachBenchmarks.Questions(model).Sum(q => q.Destinations.Length)} pairs");
            Stage(size, "reach: symbolic", reach.Symbolic, n => $"{n} classes");
            Stage(size, "reach: symbolic all", reach.SymbolicAllPackets, n => $"{n} classes");
        }
        using (var self = Process.GetCurrentProcess())
        {
            var gc = GC.GetGCMemoryInfo(GCKind.Any);
            Console.WriteLine($"peak working set {Mib(self.PeakWorkingSet64)}, GC heap now {Mib(GC.GetTotalMemory(false))}, " +
                $"largest GC heap {Mib(gc.HeapSizeBytes)} (committed {Mib(gc.TotalCommittedBytes)}), gen2 collections {GC.CollectionCount(2)}");
        }
        return failures == 0 ? 0 : 1;
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
