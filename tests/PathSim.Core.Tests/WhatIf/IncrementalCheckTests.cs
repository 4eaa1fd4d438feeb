using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PathSim.Generation;
using PathSim.Redshift;
using PathSim.Testing.WhatIf;
using PathSim.Topology;
using PathSim.WhatIf;
using Xunit;

namespace PathSim.Core.Tests.WhatIf;

public sealed class IncrementalCheckTests
{
    private static RedshiftCheck Full(NetworkTopology topology) => WhatIfAnalysis.Create(topology).Check(topology);

    private static (NetworkTopology Before, NetworkTopology After)? Edited(int vpcs, long seed, int pick)
    {
        var before = OrganisationGenerator.Generate(new OrganisationOptions { VpcCount = vpcs, Seed = seed });
        var candidates = EditCandidates.For(before);
        var outcome = TopologyEditor.Apply(before, [candidates[pick % candidates.Count]]);
        return outcome.Succeeded ? (before, outcome.Topology) : null;
    }

    /// <summary>Random organisations × one random change-window edit: re-checking incrementally equals checking afresh.</summary>
    [Property(MaxTest = 40)]
    public Property Run_RandomEdit_SameResultAsFullCheck() =>
        Prop.ForAll(
            Gen.Choose(1, 30).Zip(Gen.Choose(1, 1_000_000)).Zip(Gen.Choose(0, int.MaxValue - 1)).ToArbitrary(),
            t =>
            {
                var ((vpcs, seed), pick) = t;
                if (Edited(vpcs, seed, pick) is not var (before, after)) return true.Label("edit refused (invalid topology)");
                var incremental = IncrementalCheck.Run(before, Full(before), after, WhatIfAnalysis.Create);
                return (incremental == Full(after)).Label($"{vpcs} VPCs, seed {seed}, edit {pick}");
            });

    [Fact]
    public void Run_NoChange_ReusesEveryCluster()
    {
        var topology = OrganisationGenerator.Generate(new OrganisationOptions { VpcCount = 3, Seed = 7 });
        var previous = Full(topology);

        var again = IncrementalCheck.Run(topology, previous, topology, _ => throw new InvalidOperationException("nothing to re-analyse"));

        Assert.Equal(previous, again);
    }

    [Fact]
    public void Run_NatRemovedInOneSpoke_AnalysesOnlyTheSpokeAndItsHubsNeighbourhood()
    {
        var before = OrganisationGenerator.Generate(new OrganisationOptions { VpcCount = 30, Seed = 3 });
        var nat = before.NatGateways.First(n => n.Subnet.Value.Contains("0027", StringComparison.Ordinal));
        var after = TopologyEditor.Apply(before, [new RemoveResource(new(ResourceKind.NatGateway, nat.Id.Value))]).Topology!;
        var sliced = new List<string>();

        var result = IncrementalCheck.Run(before, Full(before), after, slice =>
        {
            sliced.AddRange(slice.Subnets.Select(s => s.Vpc.Value).Distinct());
            return WhatIfAnalysis.Create(slice);
        });

        // Spoke 27 and its hub 25 are re-analysed (the component graph links a hub's subnets to its spokes'
        // through the peering); the slice holds their VPCs and the hub's peers (G3: one hop), not VPCs 1-24.
        Assert.Equal(["vpc-0000", "vpc-0025", "vpc-0026", "vpc-0027", "vpc-0028", "vpc-0029"], sliced.Order());
        Assert.Equal(Full(after), result);
    }

    [Fact]
    public void AffectedClusters_EditInOneSpoke_OnlyThatSpokeAndItsHub()
    {
        var before = OrganisationGenerator.Generate(new OrganisationOptions { VpcCount = 30, Seed = 3 });
        var nat = before.NatGateways.First(n => n.Subnet.Value.Contains("0007", StringComparison.Ordinal));
        var after = TopologyEditor.Apply(before, [new RemoveResource(new(ResourceKind.NatGateway, nat.Id.Value))]).Topology!;

        var affected = ChangeImpact.AffectedClusters(before, after, TopologyChanges.Between(before, after));

        var vpcs = affected.Select(id => before.Subnets.First(s => s.Id == before.RedshiftClusters.First(c => c.Id == id).Subnets[0]).Vpc.Value).Order();
        Assert.Equal(["vpc-0000", "vpc-0007"], vpcs);
    }
}

public sealed class EditCandidatesTests
{
    /// <summary>Keeps the incremental property honest: almost every candidate edit applies, so few cases are skipped.</summary>
    [Fact]
    public void For_GeneratedOrganisation_AlmostEveryCandidateApplies()
    {
        var topology = OrganisationGenerator.Generate(new OrganisationOptions { VpcCount = 3, Seed = 11 });
        var candidates = EditCandidates.For(topology);

        var refused = candidates
            .Select(e => (Edit: e, Outcome: TopologyEditor.Apply(topology, [e])))
            .Where(x => !x.Outcome.Succeeded)
            .Select(x => $"{x.Edit.Describe()}: {x.Outcome.Diagnostics[0]}")
            .ToList();

        Assert.True(refused.Count * 10 < candidates.Count, $"{refused.Count} of {candidates.Count} refused:\n{string.Join("\n", refused.Take(20))}");
    }
}

public sealed class TopologyChangesTests
{
    [Fact]
    public void InContent_SameResourcesOnOtherLines_NoChanges()
    {
        var topology = WhatIfFixture.Topology();
        var moved = topology with
        {
            Source = "other.yaml",
            Subnets = [.. topology.Subnets.Select((s, i) => s with { Location = new("other.yaml", 40 + i, 5) })],
        };

        Assert.True(TopologyChanges.InContent(topology, moved).IsEmpty);
        Assert.Equal(3, TopologyChanges.Between(topology, moved).Resources.Count);
    }

    [Fact]
    public void Between_NatRemoved_NamesTheNatAndTheBlackholedTable()
    {
        var before = WhatIfFixture.Topology();
        var after = WhatIfFixture.Apply(before, new RemoveResource(new(null, "nat-a"))).Topology!;

        Assert.Equal(["route_table:rtb-priv", "nat_gateway:nat-a"], TopologyChanges.Between(before, after).Resources.Select(k => k.ToString()));
    }
}
