using PathSim.Addressing;
using PathSim.Diagnostics;
using PathSim.Topology;
using PathSim.WhatIf;
using Xunit;
using static PathSim.Core.Tests.WhatIf.WhatIfFixture;

namespace PathSim.Core.Tests.WhatIf;

public sealed class TopologyEditorTests
{
    private static readonly NetworkTopology Before = WhatIfFixture.Topology();

    [Fact]
    public void RemoveResource_NatGateway_RemovesItAndBlackholesRoutesToIt()
    {
        var outcome = Apply(Before, new RemoveResource(new(null, "nat-a")));

        Assert.True(outcome.Succeeded);
        Assert.Empty(outcome.Topology.NatGateways);
        var route = Table(outcome.Topology, "rtb-priv").Routes[0];
        Assert.Equal(("0.0.0.0/0", "nat-a", RouteState.Blackhole), (route.Destination.ToString(), route.Target.Id, route.State));
        Assert.Equal(RouteState.Active, Table(outcome.Topology, "rtb-priv").Routes[1].State);
    }

    [Fact]
    public void RemoveResource_MissingId_ReportsPS5001NamingItAtTheEdit()
    {
        var outcome = Apply(Before, new RemoveResource(new(null, "nat-b")) { Location = At(4) });

        // edits.yaml:4:3: error PS5001: the edit names resource 'nat-b', which does not exist
        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal(("PS5001", At(4), "the edit names resource 'nat-b', which does not exist"), (d.Id, d.Location, d.Message));
        Assert.Null(outcome.Topology);
    }

    [Fact]
    public void RemoveResource_MissingIdOfNamedKind_NamesTheKind()
    {
        var outcome = Apply(Before, new RemoveResource(new(ResourceKind.NatGateway, "nat-b")));

        Assert.Equal("the edit names NAT gateway 'nat-b', which does not exist", Assert.Single(outcome.Diagnostics).Message);
    }

    [Fact]
    public void RemoveResource_RouteTableStillAssociated_FailsWithDependencyViolation()
    {
        var outcome = Apply(Before, new RemoveResource(new(null, "rtb-priv")));

        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal("PS5002", d.Id);
        Assert.Equal(
            "cannot remove route table 'rtb-priv': still used by subnet 'subnet-priv-a' (route_table), subnet 'subnet-priv-b' (route_table), VPC endpoint 'vpce-s3' (route_tables); change or remove those first (AWS refuses with DependencyViolation)",
            d.Message);
    }

    [Fact]
    public void RemoveResource_BucketAClusterStillUses_FailsWithDependencyViolation()
    {
        var withBucket = Before with
        {
            S3Buckets = [new S3Bucket { Name = "lake", Region = "us-east-1" }],
            RedshiftClusters = [Before.RedshiftClusters[0] with { Buckets = [new BucketUse { Bucket = "lake", Uses = BucketUseKind.Spectrum }] }],
        };

        var outcome = Apply(withBucket, new RemoveResource(new(null, "lake")));

        Assert.Equal(("PS5002", "cannot remove S3 bucket 'lake': still used by Redshift cluster 'analytics' (buckets); change or remove those first (AWS refuses with DependencyViolation)"),
            (Assert.Single(outcome.Diagnostics).Id, outcome.Diagnostics[0].Message));
    }

    [Fact]
    public void RemoveResource_AttachedInternetGateway_RefusedUntilDetached()
    {
        var attached = Apply(Before, new RemoveResource(new(null, "igw-main")));
        var detached = Apply(Before,
            new SetField(new(null, "igw-main"), "vpc", FieldValue.Null),
            new RemoveResource(new(null, "igw-main")));

        Assert.Equal("cannot remove internet gateway 'igw-main': it is attached to VPC 'vpc-main'; detach it first (set: { internet_gateway: igw-main, vpc: null }) (AWS refuses DeleteInternetGateway with DependencyViolation while it is attached)",
            Assert.Single(attached.Diagnostics).Message);
        Assert.Empty(detached.Topology!.InternetGateways);
        Assert.Equal(RouteState.Blackhole, Table(detached.Topology, "rtb-pub").Routes[0].State);
    }

    [Fact]
    public void RemoveResource_MainRouteTableOrDefaultAcl_RefusedAsAwsDoes()
    {
        var table = Apply(Before, new RemoveResource(new(null, "rtb-main")));
        var acl = Apply(Before, new RemoveResource(new(null, "acl-default")));

        Assert.Equal("cannot remove route table 'rtb-main': it is the main route table of VPC 'vpc-main'; make another table main first (set main: false on it and main: true on the other) (AWS refuses to delete a main route table)",
            Assert.Single(table.Diagnostics).Message);
        Assert.Equal("cannot remove network ACL 'acl-default': it is the default network ACL of VPC 'vpc-main', which AWS deletes only with the VPC (DeleteNetworkAcl is refused)",
            Assert.Single(acl.Diagnostics).Message);
    }

    [Fact]
    public void RemoveResource_EmptiedVpc_TakesItsMainTableAndDefaultAclAlong()
    {
        var vpc = new Vpc { Id = new("vpc-empty"), Cidrs = [Ipv4Prefix.Parse("10.9.0.0/16")], Region = "us-east-1" };
        var withVpc = Before with
        {
            Vpcs = Before.Vpcs.Add(vpc),
            RouteTables = Before.RouteTables.Add(new RouteTable { Id = new("rtb-empty-main"), Vpc = vpc.Id, IsMain = true }),
            NetworkAcls = Before.NetworkAcls.Add(new NetworkAcl { Id = new("acl-empty-default"), Vpc = vpc.Id, IsDefault = true }),
        };

        var outcome = Apply(withVpc, new RemoveResource(new(null, "vpc-empty")));

        Assert.True(outcome.Succeeded);
        Assert.Equal((1, 3, 2), (outcome.Topology.Vpcs.Count, outcome.Topology.RouteTables.Count, outcome.Topology.NetworkAcls.Count));
    }

    [Fact]
    public void RemoveResource_Twice_PS5003SaysAnEarlierEditRemovedIt()
    {
        var outcome = Apply(Before, new RemoveResource(new(null, "nat-a")) { Location = At(3) }, new RemoveResource(new(null, "nat-a")) { Location = At(4) });

        // edits.yaml:4:3: error PS5003: the edit names resource 'nat-a', which an earlier edit removed
        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal(("PS5003", At(4), "the edit names resource 'nat-a', which an earlier edit removed"), (d.Id, d.Location, d.Message));
    }

    [Fact]
    public void Apply_SetLeavesTopologyInvalid_ErrorAtTheEditNotTheResource()
    {
        var located = Before with { NatGateways = [Before.NatGateways[0] with { Location = new("t.yaml", 40, 5) }] };

        var outcome = TopologyEditor.Apply(located, [new SetField(new(null, "nat-a"), "subnet", FieldValue.Of("subnet-nope")) { Location = At(3) }]);

        // edits.yaml:3:3: error PS3002: subnet 'subnet-nope' does not exist
        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal(("PS3002", At(3), "subnet 'subnet-nope' does not exist"), (d.Id, d.Location, d.Message));
    }

    [Fact]
    public void AddRoute_ToTheVpcCidr_PS5002TheLocalRoute()
    {
        var outcome = Apply(Before, new AddRoute(new("rtb-priv"), WhatIfFixture.Route("10.0.0.0/16", "nat-a")));

        Assert.Equal(("PS5002", "the route to 10.0.0.0/16 in 'rtb-priv' is the implicit local route, which cannot be changed (R2)"),
            (Assert.Single(outcome.Diagnostics).Id, outcome.Diagnostics[0].Message));
    }

    [Fact]
    public void RemoveResource_GatewayEndpoint_DropsItsWrittenPrefixListRoute()
    {
        var outcome = Apply(Before, new RemoveResource(new(ResourceKind.VpcEndpoint, "vpce-s3")));

        Assert.True(outcome.Succeeded);
        Assert.Equal(["0.0.0.0/0"], Table(outcome.Topology, "rtb-priv").Routes.Select(r => r.Destination.ToString()));
    }

    [Fact]
    public void RemoveResource_IdOfTwoKinds_AsksForTheKind()
    {
        var twice = Before with { S3Buckets = [new S3Bucket { Name = "analytics", Region = "us-east-1" }] };

        var outcome = Apply(twice, new RemoveResource(new(null, "analytics")));

        Assert.Equal("'analytics' names a Redshift cluster and a S3 bucket; write KIND:ID (redshift_cluster:analytics or s3_bucket:analytics)",
            Assert.Single(outcome.Diagnostics).Message);
    }

    [Fact]
    public void AddResource_ExistingId_FailsAndSuggestsReplace()
    {
        var outcome = Apply(Before, new AddResource(TopologyResource.Of(Before.NatGateways[0])));

        Assert.Equal("NAT gateway 'nat-a' already exists; use 'replace' to change it", Assert.Single(outcome.Diagnostics).Message);
    }

    [Fact]
    public void AddResource_NewNatGateway_IsAppended()
    {
        var nat = new NatGateway { Id = new("nat-b"), Subnet = new("subnet-pub") };

        var outcome = Apply(Before, new AddResource(TopologyResource.Of(nat)));

        Assert.Equal(["nat-a", "nat-b"], outcome.Topology!.NatGateways.Select(n => n.Id.Value));
    }

    [Fact]
    public void ReplaceResource_Cluster_KeepsItsPosition()
    {
        var cluster = Before.RedshiftClusters[0] with { PubliclyAccessible = true };

        var outcome = Apply(Before, new ReplaceResource(TopologyResource.Of(cluster)));

        Assert.Same(cluster, Assert.Single(outcome.Topology!.RedshiftClusters));
    }

    [Fact]
    public void Apply_OneEdit_KeepsUntouchedRecordsByReference()
    {
        var outcome = Apply(Before, new SetField(new(null, "analytics"), "enhanced_vpc_routing", FieldValue.Of("false")));

        Assert.False(outcome.Topology!.RedshiftClusters[0].EnhancedVpcRouting);
        Assert.Same(Before.RouteTables[2], outcome.Topology.RouteTables[2]);
        Assert.Same(Before.Subnets[1], outcome.Topology.Subnets[1]);
    }

    [Fact]
    public void Apply_TwoFailingEdits_ReportsBothAndNoTopology()
    {
        var outcome = Apply(Before,
            new RemoveResource(new(null, "nat-x")) { Location = At(3) },
            new RemoveResource(new(null, "nat-a")) { Location = At(4) },
            new DetachEndpoint(new("vpce-s3"), new("rtb-pub")) { Location = At(5) });

        Assert.Null(outcome.Topology);
        Assert.Equal([("PS5001", 3), ("PS5002", 5)], outcome.Diagnostics.Select(d => (d.Id, d.Location.Line)));
    }

    [Fact]
    public void Apply_ValidatorError_FailsTheWholeEdit()
    {
        var error = Diagnostic.Create(DiagnosticDescriptors.MissingReference, At(9), "route table", "rtb-x");

        var outcome = TopologyEditor.Apply(Before, [new SetField(new(null, "subnet-pub"), "route_table", FieldValue.Of("rtb-x"))], _ => [error]);

        Assert.Null(outcome.Topology);
        Assert.Same(error, Assert.Single(outcome.Diagnostics));
    }

    [Fact]
    public void AddRoute_NewDestination_AppendsRoute()
    {
        var outcome = Apply(Before, new AddRoute(new("rtb-priv"), Route("10.9.0.0/16", "blackhole")));

        var route = Table(outcome.Topology!, "rtb-priv").Routes[2];
        Assert.Equal(("10.9.0.0/16", RouteTargetKind.Blackhole, RouteState.Blackhole), (route.Destination.ToString(), route.Target.Kind, route.State));
    }

    [Fact]
    public void AddRoute_DestinationAlreadyRouted_SuggestsReplaceRoute()
    {
        var outcome = Apply(Before, new AddRoute(new("rtb-priv"), Route("0.0.0.0/0", "igw-main")));

        Assert.Equal("route table 'rtb-priv' already has a route to 0.0.0.0/0; use 'replace_route' to change its target", Assert.Single(outcome.Diagnostics).Message);
    }

    [Fact]
    public void AddRoute_MissingTable_ReportsPS5001()
    {
        var outcome = Apply(Before, new AddRoute(new("rtb-nope"), Route("0.0.0.0/0", "igw-main")));

        Assert.Equal("the edit names route table 'rtb-nope', which does not exist", Assert.Single(outcome.Diagnostics).Message);
    }

    [Fact]
    public void ReplaceRoute_DefaultRoute_PointsItElsewhere()
    {
        var outcome = Apply(Before, new ReplaceRoute(new("rtb-priv"), Route("0.0.0.0/0", "igw-main")));

        Assert.Equal("igw-main", Table(outcome.Topology!, "rtb-priv").Routes[0].Target.Id);
    }

    [Fact]
    public void RemoveRoute_LocalRoute_ExplainsItIsImplicit()
    {
        var outcome = Apply(Before, new RemoveRoute(new("rtb-priv"), RouteDestination.ForCidr(Ipv4Prefix.Parse("10.0.0.0/16"))));

        Assert.Equal("the route to 10.0.0.0/16 in 'rtb-priv' is the implicit local route, which cannot be changed (R2)", Assert.Single(outcome.Diagnostics).Message);
    }

    [Fact]
    public void RemoveRoute_DefaultRoute_RemovesIt()
    {
        var outcome = Apply(Before, new RemoveRoute(new("rtb-pub"), RouteDestination.ForCidr(Ipv4Prefix.Any)));

        Assert.Empty(Table(outcome.Topology!, "rtb-pub").Routes);
    }

    [Fact]
    public void RemoveSecurityGroupRule_ExactRule_RemovesIt()
    {
        var rule = new SecurityGroupRule { Protocol = IpProtocol.Tcp, Ports = PortRange.Single(443), Peer = RulePeer.ForCidr(Ipv4Prefix.Any), Description = "ignored when matching" };

        var outcome = Apply(Before, new RemoveSecurityGroupRule(new("sg-redshift"), RuleDirection.Egress, rule));

        Assert.Empty(outcome.Topology!.SecurityGroups[0].Egress);
    }

    [Fact]
    public void RemoveSecurityGroupRule_OtherPorts_ReportsNoSuchRule()
    {
        var rule = new SecurityGroupRule { Protocol = IpProtocol.Tcp, Ports = PortRange.Single(80), Peer = RulePeer.ForCidr(Ipv4Prefix.Any) };

        var outcome = Apply(Before, new RemoveSecurityGroupRule(new("sg-redshift"), RuleDirection.Egress, rule));

        Assert.Equal("security group 'sg-redshift' has no egress tcp 80 0.0.0.0/0 rule", Assert.Single(outcome.Diagnostics).Message);
    }

    [Fact]
    public void ReplaceSecurityGroupRule_Narrower_ReplacesInPlace()
    {
        var old = new SecurityGroupRule { Protocol = IpProtocol.Tcp, Ports = PortRange.Single(443), Peer = RulePeer.ForCidr(Ipv4Prefix.Any) };
        var narrower = old with { Peer = RulePeer.ForPrefixList(new("pl-63a5400a")) };

        var outcome = Apply(Before, new ReplaceSecurityGroupRule(new("sg-redshift"), RuleDirection.Egress, old, narrower));

        Assert.Equal([narrower], outcome.Topology!.SecurityGroups[0].Egress);
    }

    [Fact]
    public void AddSecurityGroupRule_Duplicate_Fails()
    {
        var rule = Before.SecurityGroups[0].Egress[0];

        var outcome = Apply(Before, new AddSecurityGroupRule(new("sg-redshift"), RuleDirection.Egress, rule));

        Assert.Equal("security group 'sg-redshift' already has the egress tcp 443 0.0.0.0/0 rule", Assert.Single(outcome.Diagnostics).Message);
    }

    [Fact]
    public void AddNetworkAclEntry_TakenNumber_Fails()
    {
        var entry = new NetworkAclEntry { RuleNumber = 100, Protocol = IpProtocol.All, Cidr = Ipv4Prefix.Any, Action = NetworkAclAction.Deny };

        var outcome = Apply(Before, new AddNetworkAclEntry(new("acl-priv"), RuleDirection.Egress, entry));

        Assert.Equal("network ACL 'acl-priv' already has egress rule 100; use 'replace_rule' to change it", Assert.Single(outcome.Diagnostics).Message);
    }

    [Fact]
    public void ReplaceNetworkAclEntry_SameNumber_ReplacesIt()
    {
        var entry = new NetworkAclEntry { RuleNumber = 100, Protocol = IpProtocol.Tcp, Ports = PortRange.Parse("32768-60999"), Cidr = Ipv4Prefix.Any, Action = NetworkAclAction.Allow };

        var outcome = Apply(Before, new ReplaceNetworkAclEntry(new("acl-priv"), RuleDirection.Ingress, entry));

        Assert.Equal([entry], outcome.Topology!.NetworkAcls[1].Ingress);
    }

    [Fact]
    public void RemoveNetworkAclEntry_MissingNumber_Fails()
    {
        var outcome = Apply(Before, new RemoveNetworkAclEntry(new("acl-priv"), RuleDirection.Ingress, 200));

        Assert.Equal("network ACL 'acl-priv' has no ingress rule 200", Assert.Single(outcome.Diagnostics).Message);
    }

    [Fact]
    public void DetachEndpoint_Associated_RemovesAssociationAndWrittenRoute()
    {
        var outcome = Apply(Before, new DetachEndpoint(new("vpce-s3"), new("rtb-priv")));

        Assert.Empty(outcome.Topology!.VpcEndpoints[0].RouteTables);
        Assert.Equal(["0.0.0.0/0"], Table(outcome.Topology, "rtb-priv").Routes.Select(r => r.Destination.ToString()));
    }

    [Fact]
    public void DetachEndpoint_InterfaceEndpoint_Fails()
    {
        var outcome = Apply(Before, new DetachEndpoint(new("vpce-glue"), new("rtb-priv")));

        Assert.Equal("endpoint 'vpce-glue' is an interface endpoint; only gateway endpoints are associated with route tables (set its 'subnets' instead)",
            Assert.Single(outcome.Diagnostics).Message);
    }

    [Fact]
    public void AttachEndpoint_NewTable_AddsAssociation()
    {
        var outcome = Apply(Before, new AttachEndpoint(new("vpce-s3"), new("rtb-pub")));

        Assert.Equal(["rtb-priv", "rtb-pub"], outcome.Topology!.VpcEndpoints[0].RouteTables.Select(t => t.Value));
    }

    [Fact]
    public void SetField_SubnetRouteTableNull_FallsBackToMain()
    {
        var outcome = Apply(Before, new SetField(new(ResourceKind.Subnet, "subnet-pub"), "route_table", FieldValue.Null));

        Assert.Null(outcome.Topology!.Subnets[0].RouteTable);
    }

    [Fact]
    public void SetField_UnknownField_ListsSettableFields()
    {
        var outcome = Apply(Before, new SetField(new(null, "vpc-main"), "enable_dns", FieldValue.Of("true")));

        // newuser-trial-3 #13: the message read "cannot set vpc 'vpc-main' a VPC has no settable field …", a colon missing.
        Assert.Equal("cannot set vpc 'vpc-main' 'enable_dns': a VPC has no such settable field (settable: cidrs, enable_dns_hostnames, enable_dns_support)",
            Assert.Single(outcome.Diagnostics).Message);
    }

    [Fact]
    public void SetField_BucketRegionTypo_SaysWhatItMustBe()
    {
        // newuser-trial-3 #9: a region that is not shaped like one never loads, from a file or from an edit.
        var withBucket = Before with { S3Buckets = [new S3Bucket { Name = "lake", Region = "us-east-1" }] };
        var outcome = Apply(withBucket, new SetField(new(ResourceKind.S3Bucket, "lake"), "region", FieldValue.Of("us-east1")));

        Assert.Equal("cannot set s3_bucket 'lake' 'region': must be an AWS region name such as us-east-1 (did you mean us-east-1?)", Assert.Single(outcome.Diagnostics).Message);
    }

    [Fact]
    public void SetField_BadBool_SaysWhatItMustBe()
    {
        var outcome = Apply(Before, new SetField(new(null, "vpce-glue"), "private_dns", FieldValue.Of("no")));

        Assert.Equal("cannot set vpc_endpoint 'vpce-glue' 'private_dns': must be true or false", Assert.Single(outcome.Diagnostics).Message);
    }

    [Fact]
    public void SetField_ClusterSubnetsAsCommaList_SetsTheList()
    {
        var outcome = Apply(Before, new SetField(new(null, "analytics"), "subnets", FieldValue.Of("subnet-priv-a")));

        Assert.Equal(["subnet-priv-a"], outcome.Topology!.RedshiftClusters[0].Subnets.Select(s => s.Value));
    }
}
