using PathSim.Redshift;
using PathSim.Topology;
using PathSim.Traces;
using PathSim.WhatIf;
using Xunit;

namespace PathSim.Core.Tests.WhatIf;

public sealed class FlowDiffTests
{
    private static readonly RedshiftFlow Copy = new() { Kind = RedshiftFlowKind.Copy, Service = "s3", Region = "us-east-1", Bucket = "raw" };
    private static readonly RedshiftFlow Glue = new() { Kind = RedshiftFlowKind.Glue, Service = "glue", Region = "us-east-1" };

    private static FlowHop Hop(string component, string kind, string rule, bool passed = true) =>
        new() { Component = component, Kind = kind, Rule = rule, Passed = passed };

    private static readonly FlowHop Sg = Hop("sg-redshift", "security-group", "egress tcp 443 0.0.0.0/0");
    private static readonly FlowHop ViaNat = Hop("rtb-priv", "route-table", "0.0.0.0/0 -> nat-a");
    private static readonly FlowHop ViaEndpoint = Hop("rtb-priv", "route-table", "pl-63a5400a -> vpce-s3");

    private static FlowResult Reachable(RedshiftFlow flow, string subnet, string via, params FlowHop[] path) =>
        new(flow, new SubnetId(subnet), Verdict.Reachable, via, [], [.. path], null);

    private static FlowResult Unreachable(RedshiftFlow flow, string subnet, FlowHop drop, params FlowHop[] path) =>
        new(flow, new SubnetId(subnet), Verdict.Unreachable, null, [ExplanationCode.NoRouteToDestination], [.. path, drop],
            new FlowBlocker { Component = drop.Component, Kind = drop.Kind, Rule = drop.Rule, Fix = "add a route" });

    private static RedshiftCheck Check(string source, params FlowResult[] flows) =>
        new(source, [new ClusterCheck(new("analytics"), [.. flows], [])]);

    [Fact]
    public void Compare_SameResults_NoChanges()
    {
        var check = Check("a.yaml", Reachable(Copy, "subnet-a", "vpce-s3", Sg, ViaEndpoint));

        var diff = FlowDiff.Compare(check, check);

        Assert.Equal((0, 1, false), (diff.Changes.Count, diff.Compared, diff.AnyWorse));
    }

    [Fact]
    public void Compare_ViaChangedVerdictSame_ReportsChangeNotWorse()
    {
        var before = Check("a.yaml", Reachable(Copy, "subnet-a", "vpce-s3", Sg, ViaEndpoint));
        var after = Check("b.yaml", Reachable(Copy, "subnet-a", "nat-a", Sg, ViaNat));

        var diff = FlowDiff.Compare(before, after);

        var change = Assert.Single(diff.Changes);
        Assert.Equal(("vpce-s3", "nat-a", false, false), (change.Before!.Via, change.After!.Via, change.GotWorse, change.GotBetter));
        Assert.Equal(new HopChange(1, ViaEndpoint, ViaNat), change.ChangedHop);
        Assert.False(diff.AnyWorse);
    }

    [Fact]
    public void Compare_ReachableToUnreachable_GotWorseWithFirstChangedHop()
    {
        var drop = Hop("rtb-priv", "route-table", "0.0.0.0/0 -> nat-a (blackhole)", passed: false);
        var before = Check("a.yaml", Reachable(Glue, "subnet-a", "nat-a", Sg, ViaNat), Reachable(Copy, "subnet-a", "vpce-s3", Sg, ViaEndpoint));
        var after = Check("b.yaml", Unreachable(Glue, "subnet-a", drop, Sg), Reachable(Copy, "subnet-a", "vpce-s3", Sg, ViaEndpoint));

        var diff = FlowDiff.Compare(before, after);

        var change = Assert.Single(diff.Changes);
        Assert.Equal(new FlowKey(new("analytics"), RedshiftFlowKind.Glue, "glue:us-east-1", new("subnet-a")), change.Key);
        Assert.Equal(new HopChange(1, ViaNat, drop), change.ChangedHop);
        Assert.True(change.GotWorse);
        Assert.Equal((2, true), (diff.Compared, diff.AnyWorse));
    }

    [Fact]
    public void Compare_SameVerdictOtherBlocker_ReportsChange()
    {
        var aclDrop = Hop("acl-priv", "network-acl", "ingress 100 allow tcp 1024-65535 0.0.0.0/0", passed: false);
        var sgDrop = Hop("sg-redshift", "security-group", "no egress rule allows tcp 443", passed: false);
        var before = Check("a.yaml", Unreachable(Copy, "subnet-a", aclDrop));
        var after = Check("b.yaml", Unreachable(Copy, "subnet-a", sgDrop));

        var change = Assert.Single(FlowDiff.Compare(before, after).Changes);

        Assert.Equal(("acl-priv", "sg-redshift", false), (change.Before!.Blocker!.Component, change.After!.Blocker!.Component, change.GotWorse));
    }

    [Fact]
    public void Compare_OnlyLocationsDiffer_NoChanges()
    {
        var moved = Sg with { Location = new("b.yaml", 40, 7) };
        var before = Check("a.yaml", Reachable(Copy, "subnet-a", "vpce-s3", Sg, ViaEndpoint));
        var after = Check("b.yaml", Reachable(Copy, "subnet-a", "vpce-s3", moved, ViaEndpoint));

        Assert.Empty(FlowDiff.Compare(before, after).Changes);
    }

    [Fact]
    public void Compare_FlowGoneAndFailingFlowNew_OnlyNewFailureIsWorse()
    {
        var drop = Hop("rtb-priv", "route-table", "no route", passed: false);
        var before = Check("a.yaml", Reachable(Copy, "subnet-a", "vpce-s3", Sg, ViaEndpoint));
        var after = Check("b.yaml", Unreachable(Copy, "subnet-b", drop));

        var diff = FlowDiff.Compare(before, after);

        Assert.Equal([("subnet-b", true), ("subnet-a", false)], diff.Changes.Select(c => (c.Key.Subnet.Value, c.GotWorse)));
        Assert.Null(diff.Changes[0].Before);
        Assert.Null(diff.Changes[1].After);
    }
}
