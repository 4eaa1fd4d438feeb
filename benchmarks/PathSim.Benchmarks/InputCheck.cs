using System.Diagnostics;
using PathSim.Aws;

namespace PathSim.Benchmarks;

/// <summary>
/// <c>verify</c>: writes each selected size's inputs, reads them back once, and prints what the readers
/// said (diagnostics by id) and how long each step took — a seconds-long smoke check of the suites' inputs.
/// </summary>
public static class InputCheck
{
    public static int Run()
    {
        int failures = 0;
        foreach (var size in BenchmarkSizes.Selected)
        {
            var clock = Stopwatch.StartNew();
            var topology = OrganisationCorpus.Topology(size);
            Console.WriteLine($"{size}: generated {topology.Vpcs.Count} VPCs, {topology.Subnets.Count} subnets in {clock.ElapsedMilliseconds} ms");

            clock.Restart();
            var dir = Path.Combine(OrganisationCorpus.ScratchDirectory(size), "snapshot");
            Snapshots.DescribeSnapshotWriter.Write(topology, dir);
            long written = clock.ElapsedMilliseconds;
            clock.Restart();
            var read = AwsSnapshotReader.ReadDirectory(dir);
            long firstRead = clock.ElapsedMilliseconds;
            clock.Restart();
            read = AwsSnapshotReader.ReadDirectory(dir);
            Console.WriteLine($"{size}: snapshot written in {written} ms, read in {firstRead} ms (again: {clock.ElapsedMilliseconds} ms): " +
                $"{read.Topology.Vpcs.Count} VPCs, {read.Topology.Subnets.Count} subnets, {read.Topology.RedshiftClusters.Count} clusters");
            foreach (var group in read.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key))
                Console.WriteLine($"  {group.Count(),6} × {group.First()}");
            if (read.HasErrors) failures++;

            clock.Restart();
            var model = Network.NetworkModel.Build(topology);
            Console.WriteLine($"{size}: network model built in {clock.ElapsedMilliseconds} ms: {model.Interfaces.Length} interfaces, {model.Diagnostics.Length} diagnostics");
            foreach (var group in model.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key))
                Console.WriteLine($"  {group.Count(),6} × {group.First()}");
        }
        return failures == 0 ? 0 : 1;
    }
}
