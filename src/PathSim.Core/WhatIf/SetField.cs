using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>
/// Changes one field of a resource, named as in the topology file (<c>enhanced_vpc_routing</c>,
/// <c>enable_dns_hostnames</c>, <c>private_dns</c>, <c>route_table</c>); <see cref="SettableFields"/> lists them.
/// </summary>
public sealed record SetField(ResourceReference Target, string Field, FieldValue Value) : TopologyEdit
{
    public override string Describe() => $"set {Target}.{Field} = {Value}";

    internal override NetworkTopology? ApplyTo(NetworkTopology topology, EditContext context)
    {
        if (context.Resolve(topology, Target) is not { } resource) return null;
        if (SettableFields.TrySet(resource, Field, Value, context.Location, out var updated) is { } error)
            return context.Invalid($"cannot set {resource.Kind.ToWireName()} '{resource.Id}' {error}");
        return TopologyResources.Replace(topology, updated);
    }
}
