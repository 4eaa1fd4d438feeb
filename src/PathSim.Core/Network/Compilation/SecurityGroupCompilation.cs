using System.Collections.Immutable;
using PathSim.Addressing;
using PathSim.Topology;

namespace PathSim.Network.Compilation;

/// <summary>
/// Resolves each rule's peer to addresses (F1): a CIDR as is, a prefix list to its CIDRs (or, for an
/// AWS-managed list the topology does not give, nothing), a group reference to the private IPs of every
/// interface that carries that group.
/// </summary>
internal static class SecurityGroupCompilation
{
    public static CompiledSecurityGroup Compile(
        SecurityGroup group,
        Func<PrefixListId, PrefixList?> findPrefixList,
        ILookup<SecurityGroupId, CompiledInterface> interfacesByGroup)
    {
        ImmutableArray<CompiledSecurityGroupRule> CompileRules(IEnumerable<SecurityGroupRule> rules, TrafficDirection direction) =>
            [.. rules.Select(rule => new CompiledSecurityGroupRule
            {
                Group = group.Id, Direction = direction, Rule = rule,
                PeerAddresses = Resolve(rule.Peer, findPrefixList, interfacesByGroup),
            })];
        return new CompiledSecurityGroup(group.Id, group.Vpc, group.Location,
            CompileRules(group.Ingress, TrafficDirection.Ingress), CompileRules(group.Egress, TrafficDirection.Egress));
    }

    private static Ipv4PrefixSet Resolve(RulePeer peer, Func<PrefixListId, PrefixList?> findPrefixList, ILookup<SecurityGroupId, CompiledInterface> interfacesByGroup) =>
        peer.Kind switch
        {
            RulePeerKind.Cidr => Ipv4PrefixSet.Create(peer.Cidr),
            RulePeerKind.PrefixList => findPrefixList(new PrefixListId(peer.Id)) is { } list ? Ipv4PrefixSet.Create(list.Cidrs) : Ipv4PrefixSet.Empty,
            RulePeerKind.SecurityGroup => Ipv4PrefixSet.Create(interfacesByGroup[new SecurityGroupId(peer.Id)].Select(i => Ipv4Prefix.Host(i.PrivateIp))),
            _ => Ipv4PrefixSet.Empty,
        };
}
