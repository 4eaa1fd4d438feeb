using BenchmarkDotNet.Attributes;
using PathSim.Network;
using PathSim.Redshift;
using PathSim.Topology;
using PathSim.WhatIf;

namespace PathSim.Benchmarks;

/// <summary>
/// Re-checking an organisation after one change-window edit (removing one spoke VPC's first NAT
/// gateway): a full check of the edited topology against <see cref="IncrementalCheck"/>, which
/// re-analyses only the clusters the edit can reach, on their slice, and reuses the previous results.
/// Both include compiling the network model they need.
/// </summary>
public class WhatIfBenchmarks : SizedBenchmark
{
    private NetworkTopology _before = null!;
    private NetworkTopology _after = null!;
    private RedshiftCheck _previous = null!;

    [GlobalSetup]
    public void Setup()
    {
        _before = OrganisationCorpus.Topology(Size);
        _after = TopologyEditor.Apply(_before, [Edit(_before)]).Topology
            ?? throw new InvalidOperationException("the benchmark edit does not apply");
        _previous = Analyzer(_before).Check(_before);
    }

    /// <summary>The last VPC's first NAT gateway: a spoke (or a lone hub), like most VPCs of a large organisation.</summary>
    public static TopologyEdit Edit(NetworkTopology topology)
    {
        var vpc = topology.Vpcs[^1].Id;
        var subnets = topology.Subnets.Where(s => s.Vpc == vpc).Select(s => s.Id).ToHashSet();
        var nat = topology.NatGateways.First(n => subnets.Contains(n.Subnet));
        return new RemoveResource(new ResourceReference(ResourceKind.NatGateway, nat.Id.Value));
    }

    /// <summary>The analysis as <c>pathsim check</c> composes it (PathSim.Cli AnalysisComposition).</summary>
    public static RedshiftAnalyzer Analyzer(NetworkTopology topology) => Cli.AnalysisComposition.CreateAnalyzer(topology);

    [Benchmark(Baseline = true)]
    public RedshiftCheck FullCheck() => Analyzer(_after).Check(_after);

    [Benchmark]
    public RedshiftCheck IncrementalRecheck() => IncrementalCheck.Run(_before, _previous, _after, Analyzer);
}
