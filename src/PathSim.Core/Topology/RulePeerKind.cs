namespace PathSim.Topology;

public enum RulePeerKind
{
    Cidr,
    PrefixList,
    SecurityGroup,
}
