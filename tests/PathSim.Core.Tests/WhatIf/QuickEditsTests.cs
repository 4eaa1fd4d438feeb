using PathSim.Diagnostics;
using PathSim.Topology;
using PathSim.WhatIf;
using Xunit;

namespace PathSim.Core.Tests.WhatIf;

public sealed class QuickEditsTests
{
    private static (TopologyEdit? Edit, List<Diagnostic> Diagnostics) Parse(string flag, string value)
    {
        var diagnostics = new List<Diagnostic>();
        return (QuickEdits.Parse(flag, value, diagnostics), diagnostics);
    }

    [Fact]
    public void Remove_BareId_NamesNoKind()
    {
        var (edit, _) = Parse("--remove", "nat-a");

        Assert.Equal(new RemoveResource(new(null, "nat-a")) { Location = new("--remove nat-a", 0, 0) }, edit);
    }

    [Fact]
    public void Remove_KindPrefix_NamesTheKind()
    {
        var (edit, _) = Parse("--remove", "redshift_cluster:analytics");

        Assert.Equal(new ResourceReference(ResourceKind.RedshiftCluster, "analytics"), ((RemoveResource)edit!).Target);
    }

    [Fact]
    public void DetachEndpoint_EndpointAndTable_Parses()
    {
        var (edit, _) = Parse("--detach-endpoint", "vpce-s3:rtb-priv");

        Assert.Equal(new DetachEndpoint(new("vpce-s3"), new("rtb-priv")) { Location = new("--detach-endpoint vpce-s3:rtb-priv", 0, 0) }, edit);
    }

    [Fact]
    public void AddRoute_CidrToNat_Parses()
    {
        var (edit, _) = Parse("--add-route", "rtb-priv:10.9.0.0/16=nat-b");

        var add = Assert.IsType<AddRoute>(edit);
        Assert.Equal(("rtb-priv", "10.9.0.0/16", RouteTargetKind.NatGateway, "nat-b"), (add.Table.Value, add.Route.Destination.ToString(), add.Route.Target.Kind, add.Route.Target.Id));
    }

    [Fact]
    public void RemoveRoute_PrefixList_Parses()
    {
        var (edit, _) = Parse("--remove-route", "rtb-priv:pl-63a5400a");

        Assert.Equal(new PrefixListId("pl-63a5400a"), Assert.IsType<RemoveRoute>(edit).Destination.PrefixList);
    }

    [Fact]
    public void AddRoute_NoEquals_ReportsPS5002AtTheFlag()
    {
        var (edit, diagnostics) = Parse("--add-route", "rtb-priv:0.0.0.0/0");

        Assert.Null(edit);
        // --add-route rtb-priv:0.0.0.0/0: error PS5002: '0.0.0.0/0' has no '=' between the destination and the target (expected --add-route RTB:DEST=TARGET)
        Assert.Equal("--add-route rtb-priv:0.0.0.0/0: error PS5002: '0.0.0.0/0' has no '=' between the destination and the target (expected --add-route RTB:DEST=TARGET)",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void AddRoute_BadTarget_ReportsIt()
    {
        var (_, diagnostics) = Parse("--add-route", "rtb-priv:0.0.0.0/0=router-1");

        Assert.Equal("'router-1' is not a route target (igw-, nat-, vpce-, pcx-, tgw-, eni-, eigw-, vgw- or blackhole) (expected --add-route RTB:DEST=TARGET)",
            Assert.Single(diagnostics).Message);
    }

    [Fact]
    public void Set_KindIdFieldValue_Parses()
    {
        var (edit, _) = Parse("--set", "redshift_cluster:analytics.enhanced_vpc_routing=false");

        var set = Assert.IsType<SetField>(edit);
        Assert.Equal((new ResourceReference(ResourceKind.RedshiftCluster, "analytics"), "enhanced_vpc_routing", FieldValue.Of("false")), (set.Target, set.Field, set.Value));
    }

    [Fact]
    public void Set_BucketNameWithDots_TakesFieldAfterLastDot()
    {
        var (edit, _) = Parse("--set", "s3_bucket:logs.example.com.policy=null");

        var set = Assert.IsType<SetField>(edit);
        Assert.Equal((new ResourceReference(ResourceKind.S3Bucket, "logs.example.com"), "policy", FieldValue.Null), (set.Target, set.Field, set.Value));
    }

    [Fact]
    public void Set_NoField_ReportsIt()
    {
        var (_, diagnostics) = Parse("--set", "analytics=false");

        Assert.Equal("'analytics' has no '.FIELD' after the id (expected --set [KIND:]ID.FIELD=VALUE)", Assert.Single(diagnostics).Message);
    }
}
