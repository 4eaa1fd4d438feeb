namespace PathSim.Topology;

public enum NetworkAclAction
{
    Allow,
    Deny,
}
