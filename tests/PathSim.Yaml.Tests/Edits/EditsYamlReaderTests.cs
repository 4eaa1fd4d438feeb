using PathSim.Addressing;
using PathSim.Topology;
using PathSim.WhatIf;
using PathSim.Yaml.Edits;
using Xunit;

namespace PathSim.Yaml.Tests.Edits;

public sealed class EditsYamlReaderTests
{
    private static readonly NetworkTopology Base = TopologyYamlReader.Read("""
        pathsim: 1
        region: us-east-1
        vpcs:
          - { id: vpc-a, cidr: 10.0.0.0/16 }
        subnets:
          - { id: subnet-a, vpc: vpc-a, cidr: 10.0.1.0/24, route_table: rtb-a }
        route_tables:
          - id: rtb-a
            vpc: vpc-a
            routes:
              - { destination: 0.0.0.0/0, target: my-nat }
        nat_gateways:
          - { id: my-nat, subnet: subnet-a }
        """, "base.yaml").Topology!;

    private static EditsLoadResult Read(string yaml) => EditsYamlReader.Read(yaml, "edits.yaml", Base, YamlReadLimits.Default);

    private static (string Id, int Line, int Column, string Message)[] Problems(EditsLoadResult result) =>
        [.. result.Diagnostics.Select(d => (d.Id, d.Location.Line, d.Location.Column, d.Message))];

    [Fact]
    public void Read_RemoveScalarAndList_OneEditPerIdAtTheItem()
    {
        var result = Read("""
            pathsim: 1
            edits:
              - remove: my-nat
              - remove: [subnet:subnet-a, rtb-a]
            """);

        Assert.Equal(["remove my-nat @3:5", "remove subnet:subnet-a @4:5", "remove rtb-a @4:5"],
            result.Edits.Select(e => $"{e.Describe()} @{e.Location.Line}:{e.Location.Column}"));
    }

    [Fact]
    public void Read_AddRouteToTargetWithoutAwsPrefix_ResolvesItFromTheTopology()
    {
        var result = Read("""
            pathsim: 1
            edits:
              - add_route: { route_table: rtb-a, destination: 10.9.0.0/16, target: my-nat }
            """);

        var add = Assert.IsType<AddRoute>(Assert.Single(result.Edits));
        Assert.Equal((RouteTargetKind.NatGateway, "my-nat", new SourceLocationOf(3, 16)), (add.Route.Target.Kind, add.Route.Target.Id, new SourceLocationOf(add.Route.Location.Line, add.Route.Location.Column)));
    }

    private readonly record struct SourceLocationOf(int Line, int Column);

    [Fact]
    public void Read_AddResources_ReadsThemAsATopologyFileWould()
    {
        var result = Read("""
            pathsim: 1
            edits:
              - add:
                  security_groups:
                    - id: sg-new
                      vpc: vpc-a
            """);

        var add = Assert.IsType<AddResource>(Assert.Single(result.Edits));
        var group = Assert.IsType<SecurityGroup>(add.Resource.Value);
        // F1: no `egress` key means AWS's allow-all egress rule, as in a topology file.
        Assert.Equal("all 0.0.0.0/0", Assert.Single(group.Egress).ToString());
    }

    [Fact]
    public void Read_RuleEdits_ReadSecurityGroupAndAclRules()
    {
        var result = Read("""
            pathsim: 1
            edits:
              - replace_rule:
                  security_group: sg-a
                  egress: { protocol: tcp, ports: 443, destination: 0.0.0.0/0 }
                  with: { protocol: tcp, ports: 443, destination: pl-63a5400a }
              - add_rule: { network_acl: acl-a, ingress: { rule: 90, protocol: tcp, ports: 1024-65535, source: 0.0.0.0/0, action: deny } }
              - remove_rule: { network_acl: acl-a, egress: 100 }
            """);

        Assert.True(result.Succeeded);
        var replace = Assert.IsType<ReplaceSecurityGroupRule>(result.Edits[0]);
        Assert.Equal(("tcp 443 0.0.0.0/0", "tcp 443 pl-63a5400a"), (replace.Rule.ToString(), replace.Replacement.ToString()));
        var add = Assert.IsType<AddNetworkAclEntry>(result.Edits[1]);
        Assert.Equal((RuleDirection.Ingress, "90 deny tcp 1024-65535 0.0.0.0/0"), (add.Direction, add.Entry.ToString()));
        Assert.Equal(new RemoveNetworkAclEntry(new("acl-a"), RuleDirection.Egress, 100) { Location = new("edits.yaml", 8, 5) }, result.Edits[2]);
    }

    [Fact]
    public void Read_SetSeveralFields_OneEditPerFieldAtItsKey()
    {
        var result = Read("""
            pathsim: 1
            edits:
              - set: { subnet: subnet-a, route_table: null, map_public_ip_on_launch: true }
              - set:
                  vpc_endpoint: vpce-x
                  subnets: [subnet-a, subnet-b]
            """);

        Assert.Equal<TopologyEdit>(
            [
                new SetField(new(ResourceKind.Subnet, "subnet-a"), "route_table", FieldValue.Null) { Location = new("edits.yaml", 3, 30) },
                new SetField(new(ResourceKind.Subnet, "subnet-a"), "map_public_ip_on_launch", FieldValue.Of("true")) { Location = new("edits.yaml", 3, 49) },
                new SetField(new(ResourceKind.VpcEndpoint, "vpce-x"), "subnets", FieldValue.OfList(["subnet-a", "subnet-b"])) { Location = new("edits.yaml", 6, 7) },
            ],
            result.Edits);
    }

    [Fact]
    public void Read_SetPolicyAsYaml_ConvertsItToJson()
    {
        var result = Read("""
            pathsim: 1
            edits:
              - set:
                  s3_bucket: raw
                  policy:
                    Version: "2012-10-17"
                    Statement: []
            """);

        var set = Assert.IsType<SetField>(Assert.Single(result.Edits));
        Assert.Equal("""{"Version":"2012-10-17","Statement":[]}""", set.Value.Text);
    }

    [Fact]
    public void Read_Typos_ReportedAtTheirKeysWithSuggestions()
    {
        var result = Read("""
            pathsim: 1
            edits:
              - detach_endpont: { endpoint: vpce-s3, route_table: rtb-a }
              - set: { redshift_cluster: analytics, enhanced_vpc_routng: false }
              - add_route: { route_tabel: rtb-a, destination: 0.0.0.0/0, target: igw-a }
            """);

        // edits.yaml:3:5: error PS2001: unknown key 'detach_endpont' in edits[0] (did you mean 'detach_endpoint'?)
        Assert.Equal(
            [
                ("PS2001", 3, 5, "unknown key 'detach_endpont' in edits[0] (did you mean 'detach_endpoint'?)"),
                ("PS2001", 4, 41, "unknown key 'enhanced_vpc_routng' in set of Redshift cluster 'analytics' (did you mean 'enhanced_vpc_routing'?)"),
                ("PS2003", 5, 16, "edits[2] needs 'route_table'"),
                ("PS2001", 5, 18, "unknown key 'route_tabel' in edits[2] (did you mean 'route_table'?)"),
            ],
            Problems(result));
        Assert.Empty(result.Edits);
    }

    [Fact]
    public void Read_ItemWithTwoKeys_ExplainsTheShape()
    {
        var result = Read("""
            pathsim: 1
            edits:
              - remove: my-nat
                add_route: { route_table: rtb-a, destination: 0.0.0.0/0, target: igw-a }
            """);

        Assert.Equal("PS2002", Assert.Single(result.Diagnostics).Id);
        Assert.Equal(3, result.Diagnostics[0].Location.Line);
    }

    [Fact]
    public void Read_MissingVersionAndEdits_ReportsBoth()
    {
        var result = Read("description: nothing\n");

        Assert.Equal(["PS2003", "PS2003"], result.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Read_AliasBomb_RefusedByTheLoaderGuard()
    {
        var bomb = "pathsim: 1\na: &a [x, x, x, x, x, x, x, x, x]\n" +
            string.Join("\n", Enumerable.Range(1, 200).Select(i => $"b{i}: *a")) + "\nedits: []\n";

        var result = Read(bomb);

        Assert.Equal("PS1005", Assert.Single(result.Diagnostics).Id);
    }
}
