using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>Adds a numbered entry (CreateNetworkAclEntry); the number must be free in that direction.</summary>
public sealed record AddNetworkAclEntry(NetworkAclId Acl, RuleDirection Direction, NetworkAclEntry Entry) : TopologyEdit
{
    public override string Describe() => $"add entry {Acl}: {NetworkAclEntries.Name(Direction)} {Entry}";

    internal override NetworkTopology? ApplyTo(NetworkTopology topology, EditContext context)
    {
        if (context.Require<NetworkAcl>(topology, ResourceKind.NetworkAcl, Acl.Value) is not { } acl) return null;
        var entries = NetworkAclEntries.Of(acl, Direction);
        if (NetworkAclEntries.IndexOf(entries, Entry.RuleNumber) >= 0)
            return context.Invalid($"network ACL '{Acl}' already has {NetworkAclEntries.Name(Direction)} rule {Entry.RuleNumber}; use 'replace_rule' to change it");
        return TopologyResources.Replace(topology, TopologyResource.Of(NetworkAclEntries.With(acl, Direction, entries.Add(Entry))));
    }
}
