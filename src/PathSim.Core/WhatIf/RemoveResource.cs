using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>
/// Deletes a resource as AWS would. Routes that target it stay, in blackhole state (R5: they still
/// win longest-prefix match and drop), and a gateway endpoint's own prefix-list routes go with it
/// (R6). Any other resource still naming it makes the edit fail, as AWS's DependencyViolation does:
/// a subnet must leave a route table before the table can go, a cluster must leave a subnet.
/// Requester-managed interfaces (an endpoint's or a cluster's) go with their owner.
/// </summary>
public sealed record RemoveResource(ResourceReference Target) : TopologyEdit
{
    public override string Describe() => $"remove {Target}";

    internal override NetworkTopology? ApplyTo(NetworkTopology topology, EditContext context)
    {
        if (context.Resolve(topology, Target) is not { } resource) return null;
        var key = resource.Key;
        var owned = OwnedInterfaces(resource).ToHashSet();

        var blockers = TopologyReferences.Of(topology)
            .Where(r => r.To == key && r.From != key && !r.IsRouteTarget && !r.IsOptional)
            .Where(r => !(r.From.Kind == ResourceKind.NetworkInterface && owned.Contains(r.From.Id)))
            .ToList();
        if (blockers.Count > 0)
        {
            var users = blockers.Select(b => $"{b.From.Kind.ToDisplayName()} '{b.From.Id}' ({b.Field})").Distinct();
            return context.Invalid(
                $"cannot remove {key.Kind.ToDisplayName()} '{key.Id}': still used by {string.Join(", ", users)}; change or remove those first (AWS refuses with DependencyViolation)");
        }

        var result = TopologyResources.Remove(topology, key);
        foreach (var id in owned) result = TopologyResources.Remove(result, new ResourceKey(ResourceKind.NetworkInterface, id));
        if (TopologyReferences.RouteTargetKindOf(RouteTargetKindOf(key.Kind)) is null) return result;
        return result with { RouteTables = [.. result.RouteTables.Select(t => WithoutTarget(t, key.Id))] };
    }

    private static IEnumerable<string> OwnedInterfaces(TopologyResource resource) => resource.Value switch
    {
        VpcEndpoint e => e.NetworkInterfaces.Select(i => i.Value),
        RedshiftCluster c => c.NetworkInterfaces.Select(i => i.Value),
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
