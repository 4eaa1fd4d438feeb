using PathSim.Topology;

namespace PathSim.Core.Tests.Generation;

/// <summary>
/// The validity rules of TOPOLOGY.md / AWS-RULES.md that a generated topology must keep (unique ids,
/// references that resolve within the right VPC, subnets inside their VPC and apart, one main table and
/// one default ACL per VPC, unique NACL rule numbers and route destinations). Returns one line per problem.
/// </summary>
internal static class GeneratedTopologyInvariants
{
    public static List<string> Check(NetworkTopology t)
    {
        var problems = new List<string>();
        var vpcs = Index(t.Vpcs, v => v.Id.Value, problems);
        var subnets = Index(t.Subnets, s => s.Id.Value, problems);
        var tables = Index(t.RouteTables, r => r.Id.Value, problems);
        var acls = Index(t.NetworkAcls, a => a.Id.Value, problems);
        var groups = Index(t.SecurityGroups, g => g.Id.Value, problems);
        var nats = Index(t.NatGateways, n => n.Id.Value, problems);
        var igws = Index(t.InternetGateways, g => g.Id.Value, problems);
        var endpoints = Index(t.VpcEndpoints, e => e.Id.Value, problems);
        var peerings = Index(t.VpcPeeringConnections, p => p.Id.Value, problems);
        var prefixLists = Index(t.PrefixLists, p => p.Id.Value, problems);
        var buckets = Index(t.S3Buckets, b => b.Name, problems);
        Index(t.NetworkInterfaces, n => n.Id.Value, problems);
        Index(t.RedshiftClusters, c => c.Id.Value, problems);

        void InVpc<T>(Dictionary<string, T> map, string id, VpcId vpc, Func<T, VpcId> vpcOf, string what)
        {
            if (!map.TryGetValue(id, out var item)) problems.Add($"{what}: missing '{id}'");
            else if (vpcOf(item) != vpc) problems.Add($"{what}: '{id}' is in {vpcOf(item)}, expected {vpc}");
        }

        foreach (var s in t.Subnets)
        {
            if (!vpcs.TryGetValue(s.Vpc.Value, out var vpc)) { problems.Add($"subnet {s.Id}: missing VPC"); continue; }
            if (!vpc.Cidrs.Any(c => c.Contains(s.Cidr))) problems.Add($"subnet {s.Id} outside {vpc.Id}");
            if (s.RouteTable is { } rt) InVpc(tables, rt.Value, s.Vpc, x => x.Vpc, $"subnet {s.Id} route table");
            if (s.NetworkAcl is { } acl) InVpc(acls, acl.Value, s.Vpc, x => x.Vpc, $"subnet {s.Id} acl");
        }
        foreach (var group in t.Subnets.GroupBy(s => s.Vpc))
        {
            var sorted = group.OrderBy(s => s.Cidr).ToList();
            for (int i = 1; i < sorted.Count; i++)
                if (sorted[i - 1].Cidr.Overlaps(sorted[i].Cidr)) problems.Add($"subnets {sorted[i - 1].Id} and {sorted[i].Id} overlap");
        }
        foreach (var v in t.Vpcs)
        {
            if (t.RouteTables.Count(r => r.Vpc == v.Id && r.IsMain) != 1) problems.Add($"{v.Id}: not exactly one main route table");
            if (t.NetworkAcls.Count(a => a.Vpc == v.Id && a.IsDefault) != 1) problems.Add($"{v.Id}: not exactly one default ACL");
        }
        foreach (var n in t.NatGateways)
            if (!subnets.ContainsKey(n.Subnet.Value)) problems.Add($"{n.Id}: missing subnet");
            else if (n.PrivateIp is { } ip && !subnets[n.Subnet.Value].Cidr.Contains(ip)) problems.Add($"{n.Id}: address outside subnet");
        foreach (var g in t.InternetGateways)
            if (g.Vpc is { } v && !vpcs.ContainsKey(v.Value)) problems.Add($"{g.Id}: missing VPC");
        foreach (var rt in t.RouteTables)
        {
            if (rt.Routes.Select(r => r.Destination).Distinct().Count() != rt.Routes.Count) problems.Add($"{rt.Id}: duplicate destination");
            foreach (var r in rt.Routes)
            {
                var vpc = vpcs[rt.Vpc.Value];
                if (r.Destination.Cidr is { } d && vpc.Cidrs.Any(c => c.Contains(d) && d.Length > c.Length)) problems.Add($"{rt.Id}: {d} more specific than local");
                switch (r.Target.Kind)
                {
                    case RouteTargetKind.NatGateway:
                        if (!nats.TryGetValue(r.Target.Id, out var nat)) problems.Add($"{rt.Id}: missing {r.Target.Id}");
                        else InVpc(subnets, nat.Subnet.Value, rt.Vpc, x => x.Vpc, $"{rt.Id} target {r.Target.Id}");
                        break;
                    case RouteTargetKind.InternetGateway:
                        if (!igws.TryGetValue(r.Target.Id, out var igw) || igw.Vpc != rt.Vpc) problems.Add($"{rt.Id}: bad IGW {r.Target.Id}");
                        break;
                    case RouteTargetKind.VpcPeeringConnection:
                        if (!peerings.TryGetValue(r.Target.Id, out var pcx) || (pcx.RequesterVpc != rt.Vpc && pcx.AccepterVpc != rt.Vpc))
                            problems.Add($"{rt.Id}: bad peering {r.Target.Id}");
                        break;
                    case RouteTargetKind.Blackhole:
                        break;
                    default:
                        problems.Add($"{rt.Id}: unexpected target {r.Target}");
                        break;
                }
            }
        }
        foreach (var e in t.VpcEndpoints)
        {
            foreach (var rt in e.RouteTables) InVpc(tables, rt.Value, e.Vpc, x => x.Vpc, $"{e.Id} route table");
            foreach (var s in e.Subnets) InVpc(subnets, s.Value, e.Vpc, x => x.Vpc, $"{e.Id} subnet");
            foreach (var g in e.SecurityGroups) InVpc(groups, g.Value, e.Vpc, x => x.Vpc, $"{e.Id} group");
        }
        foreach (var p in t.VpcPeeringConnections)
        {
            if (!vpcs.ContainsKey(p.RequesterVpc.Value) || !vpcs.ContainsKey(p.AccepterVpc.Value)) problems.Add($"{p.Id}: missing VPC");
            else if (vpcs[p.RequesterVpc.Value].Cidrs[0].Overlaps(vpcs[p.AccepterVpc.Value].Cidrs[0])) problems.Add($"{p.Id}: overlapping VPCs");
        }
        foreach (var g in t.SecurityGroups)
            foreach (var r in g.Ingress.Concat(g.Egress))
                if (r.Peer.Kind == RulePeerKind.SecurityGroup) InVpc(groups, r.Peer.Id, g.Vpc, x => x.Vpc, $"{g.Id} rule");
                else if (r.Peer.Kind == RulePeerKind.PrefixList && !prefixLists.ContainsKey(r.Peer.Id)) problems.Add($"{g.Id}: missing {r.Peer.Id}");
        foreach (var a in t.NetworkAcls)
            if (a.Ingress.Select(e => e.RuleNumber).Distinct().Count() != a.Ingress.Count
                || a.Egress.Select(e => e.RuleNumber).Distinct().Count() != a.Egress.Count)
                problems.Add($"{a.Id}: duplicate rule number");
        foreach (var n in t.NetworkInterfaces)
        {
            if (!subnets.TryGetValue(n.Subnet.Value, out var s)) { problems.Add($"{n.Id}: missing subnet"); continue; }
            if (!s.Cidr.Contains(n.PrivateIp)) problems.Add($"{n.Id}: address outside subnet");
            foreach (var g in n.SecurityGroups) InVpc(groups, g.Value, s.Vpc, x => x.Vpc, $"{n.Id} group");
        }
        foreach (var c in t.RedshiftClusters)
        {
            if (c.Subnets.IsEmpty || !subnets.TryGetValue(c.Subnets[0].Value, out var first)) { problems.Add($"{c.Id}: bad subnets"); continue; }
            foreach (var s in c.Subnets) InVpc(subnets, s.Value, first.Vpc, x => x.Vpc, $"{c.Id} subnet");
            foreach (var g in c.SecurityGroups) InVpc(groups, g.Value, first.Vpc, x => x.Vpc, $"{c.Id} group");
            foreach (var b in c.Buckets)
                if (!buckets.ContainsKey(b.Bucket)) problems.Add($"{c.Id}: missing bucket {b.Bucket}");
        }
        var publicIps = t.NatGateways.Select(n => n.PublicIp).Concat(t.RedshiftClusters.Select(c => c.ElasticIp))
            .Concat(t.NetworkInterfaces.Select(n => n.PublicIp)).Where(ip => ip is not null).ToList();
        if (publicIps.Distinct().Count() != publicIps.Count) problems.Add("a public IP is used twice");
        return problems;
    }

    private static Dictionary<string, T> Index<T>(IEnumerable<T> items, Func<T, string> id, List<string> problems)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
            if (!map.TryAdd(id(item), item)) problems.Add($"duplicate id '{id(item)}'");
        return map;
    }
}
