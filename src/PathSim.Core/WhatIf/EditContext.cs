using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>
/// What applying one edit needs besides the topology: where to report problems, and the topology
/// before any edit (so an id an earlier edit removed is not reported as one that never existed).
/// </summary>
internal sealed class EditContext(List<Diagnostic> diagnostics, SourceLocation location, NetworkTopology? original = null)
{
    public SourceLocation Location { get; } = location;

    /// <summary>PS5001 naming the missing id, or PS5003 when an earlier edit removed it; returns null so an edit can <c>return context.Missing(…)</c>.</summary>
    public NetworkTopology? Missing(ResourceKind kind, string id)
    {
        bool removed = original is not null && TopologyResources.Find(original, new ResourceKey(kind, id)) is not null;
        return Report(removed, kind.ToDisplayName(), id);
    }

    public NetworkTopology? Missing(string what, string id) =>
        Report(original is not null && TopologyResources.KindsWithId(original, id).Count > 0, what, id);

    private NetworkTopology? Report(bool removedEarlier, string what, string id)
    {
        var descriptor = removedEarlier ? DiagnosticDescriptors.EditTargetRemoved : DiagnosticDescriptors.EditTargetMissing;
        diagnostics.Add(Diagnostic.Create(descriptor, Location, what, id));
        return null;
    }

    /// <summary>PS5002 with a one-sentence reason.</summary>
    public NetworkTopology? Invalid(string message)
    {
        diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.EditInvalid, Location, message));
        return null;
    }

    /// <summary>Finds the resource an edit names; reports PS5001 (no such id) or PS5002 (the id names two kinds).</summary>
    public TopologyResource? Resolve(NetworkTopology topology, ResourceReference reference)
    {
        if (reference.Kind is { } kind)
        {
            var found = TopologyResources.Find(topology, new ResourceKey(kind, reference.Id));
            if (found is null) Missing(kind, reference.Id);
            return found;
        }
        var kinds = TopologyResources.KindsWithId(topology, reference.Id);
        switch (kinds.Count)
        {
            case 0:
                Missing("resource", reference.Id);
                return null;
            case 1:
                return TopologyResources.Find(topology, new ResourceKey(kinds[0], reference.Id));
            default:
                Invalid($"'{reference.Id}' names a {string.Join(" and a ", kinds.Select(k => k.ToDisplayName()))}; write KIND:ID ({string.Join(" or ", kinds.Select(k => $"{k.ToWireName()}:{reference.Id}"))})");
                return null;
        }
    }

    /// <summary>Finds a resource of a known kind and record type, reporting PS5001 when it is missing.</summary>
    public T? Require<T>(NetworkTopology topology, ResourceKind kind, string id) where T : class
    {
        if (TopologyResources.Find(topology, new ResourceKey(kind, id))?.Value is T found) return found;
        Missing(kind, id);
        return null;
    }
}
