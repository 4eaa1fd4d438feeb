using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>
/// Deletes a resource as AWS would. Routes that target it stay, in blackhole state (R5: they still
/// win longest-prefix match and drop), and a gateway endpoint's own prefix-list routes go with it
/// (R6). Any other resource still naming it makes the edit fail, as AWS's DependencyViolation does:
/// a subnet must leave a route table before the table can go, a cluster must leave a subnet, and a
/// bucket a cluster still reads or writes (its <c>buckets</c>) cannot go either (docs/whatif.md).
/// What AWS refuses outright fails too: an attached internet gateway, a VPC's main route table, its
/// default network ACL or default security group (they go only with the VPC). Removing an instance's
/// interface is modelled as terminating the instance (AWS would refuse DeleteNetworkInterface on it).
/// Requester-managed interfaces (an endpoint's or a cluster's) go with their owner; a VPC's main
/// route table, default ACL and default group go with the VPC.
/// </summary>
public sealed record RemoveResource(ResourceReference Target) : TopologyEdit
{
    public override string Describe() => $"remove {Target}";

    internal override NetworkTopology? ApplyTo(NetworkTopology topology, EditContext context)
    {
        if (context.Resolve(topology, Target) is not { } resource) return null;
        var key = resource.Key;
        if (RefusedByAws(topology, resource) is { } refusal) return context.Invalid($"cannot remove {key.Kind.ToDisplayName()} '{key.Id}': {refusal}");
        var owned = Owned(topology, resource).ToHashSet();

        var blockers = TopologyReferences.Of(topology)
            .Where(r => r.To == key && r.From != key && !r.IsRouteTarget && !owned.Contains(r.From))
            .ToList();
        if (blockers.Count > 0)
        {
            var users = blockers.Select(b => $"{b.From.Kind.ToDisplayName()} '{b.From.Id}' ({b.Field})").Distinct();
            return context.Invalid(
                $"cannot remove {key.Kind.ToDisplayName()} '{key.Id}': still used by {string.Join(", ", users)}; change or remove those first (AWS refuses with DependencyViolation)");
        }

        var result = TopologyResources.Remove(topology, key);
        foreach (var part in owned) result = TopologyResources.Remove(result, part);
        if (TopologyReferences.RouteTargetKindOf(RouteTargetKindOf(key.Kind)) is null) return result;
        return result with { RouteTables = [.. result.RouteTables.Select(t => WithoutTarget(t, key.Id))] };
    }

    /// <summary>Why AWS's delete call refuses this resource whatever else names it; null when it does not.</summary>
    private static string? RefusedByAws(NetworkTopology topology, TopologyResource resource) => resource.Value switch
    {
        // G1: DeleteInternetGateway fails with DependencyViolation while the gateway is attached.
        InternetGateway { Vpc: { } vpc } g =>
            $"it is attached to VPC '{vpc}'; detach it first (set: {{ internet_gateway: {g.Id}, vpc: null }}) (AWS refuses DeleteInternetGateway with DependencyViolation while it is attached)",
        // R3: the main route table is deleted only with its VPC.
        RouteTable { IsMain: true } t =>
            $"it is the main route table of VPC '{t.Vpc}'; make another table main first (set main: false on it and main: true on the other) (AWS refuses to delete a main route table)",
        NetworkAcl { IsDefault: true } a =>
            $"it is the default network ACL of VPC '{a.Vpc}', which AWS deletes only with the VPC (DeleteNetworkAcl is refused)",
        SecurityGroup { Name: "default" } g =>
            $"it is the default security group of VPC '{g.Vpc}', which AWS deletes only with the VPC (DeleteSecurityGroup is refused with CannotDelete)",
        _ => null,
    };

    /// <summary>What AWS deletes together with the resource: requester-managed interfaces, and a VPC's main table, default ACL and default group.</summary>
    private static IEnumerable<ResourceKey> Owned(NetworkTopology topology, TopologyResource resource) => resource.Value switch
    {
        VpcEndpoint e => e.NetworkInterfaces.Select(i => new ResourceKey(ResourceKind.NetworkInterface, i.Value)),
        RedshiftCluster c => c.NetworkInterfaces.Select(i => new ResourceKey(ResourceKind.NetworkInterface, i.Value)),
        Vpc v => topology.RouteTables.Where(t => t.Vpc == v.Id && t.IsMain).Select(t => new ResourceKey(ResourceKind.RouteTable, t.Id.Value))
            .Concat(topology.NetworkAcls.Where(a => a.Vpc == v.Id && a.IsDefault).Select(a => new ResourceKey(ResourceKind.NetworkAcl, a.Id.Value)))
            .Concat(topology.SecurityGroups.Where(g => g.Vpc == v.Id && g.Name == "default").Select(g => new ResourceKey(ResourceKind.SecurityGroup, g.Id.Value))),
        _ => [],
    };

    private static RouteTargetKind RouteTargetKindOf(ResourceKind kind) => kind switch
    {
        ResourceKind.InternetGateway => RouteTargetKind.InternetGateway,
        ResourceKind.NatGateway => RouteTargetKind.NatGateway,
        ResourceKind.VpcEndpoint => RouteTargetKind.VpcEndpoint,
        ResourceKind.VpcPeeringConnection => RouteTargetKind.VpcPeeringConnection,
        ResourceKind.NetworkInterface => RouteTargetKind.NetworkInterface,
        _ => RouteTargetKind.Local,
    };

    /// <summary>The table with routes to the deleted target blackholed (R5), and the endpoint's own routes removed (R6).</summary>
    private static RouteTable WithoutTarget(RouteTable table, string targetId)
    {
        if (!table.Routes.Any(r => r.Target.Id == targetId)) return table;
        var routes = table.Routes
            .Where(r => !(r.Target.Id == targetId && r.Target.Kind == RouteTargetKind.VpcEndpoint && r.Destination.IsPrefixList))
            .Select(r => r.Target.Id == targetId ? r with { State = RouteState.Blackhole } : r);
        return table with { Routes = [.. routes] };
    }
}
