using PathSim.Addressing;
using PathSim.Network;
using PathSim.Redshift;
using PathSim.Topology;
using PathSim.Traces;

namespace PathSim.Core.Tests.WhatIf;

/// <summary>
/// The analyzer the incremental tests compare with: the real Redshift analysis over the compiled
/// network model, with a small stand-in probe (route lookup, NAT → IGW, endpoint association, the
/// cluster's egress rules, a deny in the subnet's ACL) until the packet tracer is wired in.
/// </summary>
internal static class WhatIfAnalysis
{
    public static RedshiftAnalyzer Create(NetworkTopology topology) =>
        new(new StandInProbe(NetworkModel.Build(topology)), new AllowAll());

    private sealed class AllowAll : IFlowAuthorizer
    {
        public FlowAccessOutcome Authorize(FlowAccessQuery query) => FlowAccessOutcome.Allowed;
    }

    private sealed class StandInProbe(NetworkModel model) : INetworkPathProbe
    {
        private static readonly Ipv4Address Service = Ipv4Address.Parse("52.216.1.1");

        public NetworkPathOutcome Probe(NetworkPathQuery query)
        {
            var sg = new FlowHop { Component = string.Join(",", query.Cluster.SecurityGroups), Kind = "security-group" };
            bool egress = query.Cluster.SecurityGroups.Any(id => model.Topology.SecurityGroups.Any(g => g.Id == id && !g.Egress.IsEmpty));
            if (!egress) return Drop(sg with { Passed = false }, ExplanationCode.EniSgRulesMismatch);
            if (model.NetworkAclFor(query.Subnet) is { } acl && acl.Egress.Any(e => e.RuleNumber == 1 && e.Action == NetworkAclAction.Deny))
                return Drop(new FlowHop { Component = acl.Id.Value, Kind = "network-acl", Rule = "1 deny", Passed = false }, ExplanationCode.SubnetAclRestriction);
            if (model.RouteTableFor(query.Subnet) is not { } table)
                return Drop(new FlowHop { Component = query.Subnet.Value, Kind = "subnet", Passed = false }, ExplanationCode.NoRouteToDestination);

            var endpoint = model.VpcEndpoints.FirstOrDefault(e => e.Endpoint.Type == VpcEndpointType.Gateway
                && e.Endpoint.RouteTables.Contains(table.Id) && e.Endpoint.ServiceName == AwsServiceName.Format(query.Region, query.Service));
            if (endpoint is not null)
                return Reach(endpoint.Id.Value, sg, new FlowHop { Component = table.Id.Value, Kind = "route-table", Rule = $"-> {endpoint.Id}" }, endpoint.Id);

            var route = table.Lookup(Service);
            var hop = new FlowHop { Component = table.Id.Value, Kind = "route-table", Rule = route?.Text ?? "no route" };
            if (route is null) return Drop(hop with { Passed = false }, ExplanationCode.NoRouteToDestination);
            if (route.IsBlackhole) return Drop(hop with { Passed = false }, ExplanationCode.BadStateRoute);
            switch (route.Target.Kind)
            {
                case RouteTargetKind.NatGateway:
                    var nat = model.FindNatGateway(new NatGatewayId(route.Target.Id));
                    var next = nat is null ? null : model.RouteTableFor(nat.Subnet)?.Lookup(Service);
                    bool internet = next is { IsBlackhole: false, Target.Kind: RouteTargetKind.InternetGateway }
                        && model.FindInternetGateway(new InternetGatewayId(next.Target.Id))?.Vpc is not null;
                    return internet ? Reach(route.Target.Id, sg, hop, null)
                        : Drop(hop with { Passed = false }, ExplanationCode.NatGatewayHasNoInternetRoute);
                case RouteTargetKind.InternetGateway when query.Cluster.PubliclyAccessible:
                    return Reach(route.Target.Id, sg, hop, null);
                default:
                    return Drop(hop with { Passed = false }, ExplanationCode.NoRouteToDestination);
            }

            NetworkPathOutcome Drop(FlowHop at, ExplanationCode code) =>
                new() { Verdict = Verdict.Unreachable, Codes = [code], Path = [sg, at], Drop = at };
        }

        private static NetworkPathOutcome Reach(string via, FlowHop sg, FlowHop route, VpcEndpointId? endpoint) =>
            new() { Verdict = Verdict.Reachable, Via = via, Path = [sg, route], Endpoint = endpoint };
    }
}
