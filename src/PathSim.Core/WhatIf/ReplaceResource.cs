using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>Puts a whole new definition in place of the resource with the same kind and id.</summary>
public sealed record ReplaceResource(TopologyResource Resource) : TopologyEdit
{
    public override string Describe() => $"replace {Resource.Kind.ToWireName()} {Resource.Id}";

    internal override NetworkTopology? ApplyTo(NetworkTopology topology, EditContext context)
    {
        if (TopologyResources.Find(topology, Resource.Key) is null) return context.Missing(Resource.Kind, Resource.Id);
        return TopologyResources.Replace(topology, Resource);
    }
}
