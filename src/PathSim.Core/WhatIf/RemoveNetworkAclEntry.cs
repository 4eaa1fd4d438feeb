using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>Deletes the entry with this rule number (DeleteNetworkAclEntry).</summary>
public sealed record RemoveNetworkAclEntry(NetworkAclId Acl, RuleDirection Direction, int RuleNumber) : TopologyEdit
{
    public override string Describe() => $"remove entry {Acl}: {NetworkAclEntries.Name(Direction)} {RuleNumber}";

    internal override NetworkTopology? ApplyTo(NetworkTopology topology, EditContext context)
    {
        if (context.Require<NetworkAcl>(topology, ResourceKind.NetworkAcl, Acl.Value) is not { } acl) return null;
        var entries = NetworkAclEntries.Of(acl, Direction);
        int index = NetworkAclEntries.IndexOf(entries, RuleNumber);
        if (index < 0) return context.Invalid(NetworkAclEntries.NotFound(Acl, Direction, RuleNumber));
        return TopologyResources.Replace(topology, TopologyResource.Of(NetworkAclEntries.With(acl, Direction, entries.RemoveAt(index))));
    }
}
