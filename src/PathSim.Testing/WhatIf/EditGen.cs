using FsCheck;
using FsCheck.Fluent;
using PathSim.Topology;
using PathSim.WhatIf;

namespace PathSim.Testing.WhatIf;

/// <summary>
/// FsCheck generators of what-if edits over your topology, drawn from <see cref="EditCandidates"/> (the
/// edits a change window proposes), for properties such as "after any single route removal in
/// rtb-private, COPY still works, or the check names the route table that blocks it".
/// </summary>
public static class EditGen
{
    /// <summary>
    /// One edit among the candidates for the topology that satisfy <paramref name="where"/> (default all)
    /// and that apply: edits AWS would refuse (removing an attached gateway, a main table) are left out.
    /// </summary>
    /// <exception cref="ArgumentException">No candidate satisfies the filter and applies.</exception>
    public static Gen<TopologyEdit> SingleEdit(NetworkTopology topology, Func<TopologyEdit, bool>? where = null)
    {
        var candidates = EditCandidates.For(topology).Where(where ?? (_ => true))
            .Where(e => TopologyEditor.Apply(topology, [e]).Succeeded).ToList();
        if (candidates.Count == 0) throw new ArgumentException("no candidate edit satisfies the filter and applies", nameof(where));
        return Gen.Elements(candidates.ToArray());
    }

    /// <summary>Removing one route (one that is not a prefix list's) of the table.</summary>
    public static Gen<TopologyEdit> RouteRemoval(NetworkTopology topology, RouteTableId table) =>
        SingleEdit(topology, e => e is RemoveRoute removal && removal.Table == table);
}
