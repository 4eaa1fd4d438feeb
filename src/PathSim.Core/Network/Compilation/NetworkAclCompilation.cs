using PathSim.Addressing;
using PathSim.Topology;

namespace PathSim.Network.Compilation;

/// <summary>Sorts ACL entries by rule number (F2) and supplies the allow-all default ACL of a VPC that declares none.</summary>
internal static class NetworkAclCompilation
{
    public static CompiledNetworkAcl Compile(NetworkAcl acl) =>
        new(acl.Id, acl.Vpc, acl.IsDefault, isImplicit: false, acl.Location,
            [.. acl.Ingress.OrderBy(e => e.RuleNumber)], [.. acl.Egress.OrderBy(e => e.RuleNumber)]);

    /// <summary>AWS's default ACL: rule 100 allows all traffic both ways (then the implicit deny).</summary>
    public static CompiledNetworkAcl ImplicitDefault(Vpc vpc)
    {
        var allowAll = new NetworkAclEntry
        {
            RuleNumber = 100, Protocol = IpProtocol.All, Cidr = Ipv4Prefix.Any, Action = NetworkAclAction.Allow, Location = vpc.Location,
        };
        return new CompiledNetworkAcl(new NetworkAclId($"{vpc.Id}-implicit-default-acl"), vpc.Id, isDefault: true, isImplicit: true,
            vpc.Location, [allowAll], [allowAll]);
    }
}
