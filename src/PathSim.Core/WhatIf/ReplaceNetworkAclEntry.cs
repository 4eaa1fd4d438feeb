using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>Rewrites the entry with the same rule number (ReplaceNetworkAclEntry).</summary>
public sealed record ReplaceNetworkAclEntry(NetworkAclId Acl, RuleDirection Direction, NetworkAclEntry Entry) : TopologyEdit
{
    public override string Describe() => $"replace entry {Acl}: {NetworkAclEntries.Name(Direction)} {Entry}";

    internal override NetworkTopology? ApplyTo(NetworkTopology topology, EditContext context)
    {
        if (context.Require<NetworkAcl>(topology, ResourceKind.NetworkAcl, Acl.Value) is not { } acl) return null;
        var entries = NetworkAclEntries.Of(acl, Direction);
        int index = NetworkAclEntries.IndexOf(entries, Entry.RuleNumber);
        if (index < 0) return context.Invalid(NetworkAclEntries.NotFound(Acl, Direction, Entry.RuleNumber));
        return TopologyResources.Replace(topology, TopologyResource.Of(NetworkAclEntries.With(acl, Direction, entries.SetItem(index, Entry))));
    }
}
