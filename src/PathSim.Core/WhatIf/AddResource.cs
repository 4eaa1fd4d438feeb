using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>Adds a resource of any kind; its id must be new (AWS gives every new resource a new id).</summary>
public sealed record AddResource(TopologyResource Resource) : TopologyEdit
{
    public override string Describe() => $"add {Resource.Kind.ToWireName()} {Resource.Id}";

    internal override NetworkTopology? ApplyTo(NetworkTopology topology, EditContext context)
    {
        if (TopologyResources.Find(topology, Resource.Key) is not null)
            return context.Invalid($"{Resource.Kind.ToDisplayName()} '{Resource.Id}' already exists; use 'replace' to change it");
        return TopologyResources.Add(topology, Resource);
    }
}
