using System.Collections.Immutable;
using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>
/// Which resources differ between two topologies: added, removed, or with a different record.
/// Edits keep untouched records by reference, so after an edit this is exactly what the edit
/// touched; between two separately read files it also counts records that moved to other lines.
/// </summary>
public sealed record TopologyChanges(ImmutableSortedSet<ResourceKey> Resources, bool Settings)
{
    /// <summary>True when nothing differs.</summary>
    public bool IsEmpty => Resources.IsEmpty && !Settings;

    /// <summary>What differs in content between two topologies read from different files (source locations ignored).</summary>
    public static TopologyChanges InContent(NetworkTopology before, NetworkTopology after) =>
        Between(TopologyLocations.Strip(before), TopologyLocations.Strip(after));

    public static TopologyChanges Between(NetworkTopology before, NetworkTopology after)
    {
        var changed = ImmutableSortedSet.CreateBuilder<ResourceKey>();
        foreach (var kind in ResourceKindNames.All)
        {
            var old = TopologyResources.OfKind(before, kind).GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First().Value);
            var now = TopologyResources.OfKind(after, kind).GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First().Value);
            foreach (var (id, value) in now)
                if (!old.TryGetValue(id, out var previous) || !(ReferenceEquals(previous, value) || previous.Equals(value)))
                    changed.Add(new ResourceKey(kind, id));
            foreach (var id in old.Keys)
                if (!now.ContainsKey(id)) changed.Add(new ResourceKey(kind, id));
        }
        // The default region decides where services and buckets are; a change affects every flow.
        bool settings = before.Region != after.Region || before.Account != after.Account;
        return new TopologyChanges(changed.ToImmutable(), settings);
    }
}
