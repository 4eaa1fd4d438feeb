// TEMPORARY: mirrors of net's unlanded additions (ExplanationCode members, InternetGatewayRules, NatGatewayRules); removed on rebase.
using PathSim.Addressing;
using PathSim.Network;
using PathSim.Topology;
using PathSim.Traces;

namespace PathSim.Solver.Symbolic;

internal static class PendingCodes
{
    public static readonly ExplanationCode VpceInterfaceProtocolRestriction = new("VPCE_INTERFACE_PROTOCOL_RESTRICTION");
    public static readonly ExplanationCode NoInterfaceAtAddress = new("NO_INTERFACE_AT_ADDRESS");
    public static readonly ExplanationCode IgwDestinationNotPublic = new("IGW_DESTINATION_NOT_PUBLIC");
    public static readonly ExplanationCode RoutingLoop = new("ROUTING_LOOP");
}

internal static class InternetGatewayRules
{
    public static readonly Ipv4PrefixSet NotPubliclyRoutable = Ipv4PrefixSet.Create(
        new[] { "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
                "192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4" }.Select(Ipv4Prefix.Parse));
    public static bool IsAttachedTo(InternetGateway gateway, VpcId vpc) => gateway.Vpc == vpc;
}

internal static class NatGatewayRules
{
    public static bool ServesClientIn(CompiledNatGateway nat, SubnetId clientSubnet) => nat.Subnet != clientSubnet;
}
