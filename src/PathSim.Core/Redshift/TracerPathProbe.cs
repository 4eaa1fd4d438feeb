using System.Collections.Concurrent;
using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Network;
using PathSim.Services;
using PathSim.Solver.Tracing;
using PathSim.Topology;
using PathSim.Traces;

namespace PathSim.Redshift;

/// <summary>
/// <see cref="INetworkPathProbe"/> over the concrete <see cref="PacketTracer"/>: traces the address the
/// node's DNS gives for the service (E2), then one boundary packet per class of the service's other
/// addresses — every interface-endpoint interface, and for public ranges every piece that the VPC's
/// route tables, the node's security-group rules or the VPC's ACL entries treat differently. The
/// tracer itself checks the reply over the whole ephemeral range (F3). Some destinations passing and
/// others not is <c>intermittent</c> with <c>DESTINATION_PARTIALLY_ROUTED</c>.
/// Safe to share between threads: the model is read-only and the sample cache is concurrent.
/// </summary>
public sealed class TracerPathProbe(NetworkModel model) : INetworkPathProbe
{
    private readonly PacketTracer _tracer = new(model);
    private readonly Dictionary<SecurityGroupId, SecurityGroup> _groups = model.Topology.SecurityGroups.DistinctBy(g => g.Id).ToDictionary(g => g.Id);

    /// <summary>
    /// The sample addresses depend only on the node's VPC (its route tables and ACLs), its security
    /// groups and what the service name resolved to, so the nodes and flows of every cluster that share
    /// those share one computation (it was most of <c>check</c>'s time, benchmarks/README.md).
    /// </summary>
    private readonly ConcurrentDictionary<SampleKey, Ipv4Address[]> _samples = new();

    private readonly record struct SampleKey(VpcId Vpc, string Groups, RegionalService Service, VpcEndpointId? Endpoint);

    public NetworkPathOutcome Probe(NetworkPathQuery query)
    {
        if (TracedOutcome.Node(model, query) is not { } node) return TracedOutcome.MissingNode(query);

        var service = new RegionalService(query.Service, query.Region);
        var primary = Trace(node, TraceDestination.ForService(service));
        var results = new List<TraceResult> { primary };
        if (primary.Resolution is { } resolution)
            foreach (var address in CachedSamples(node, resolution))
                if (address != primary.Header.Destination)
                    results.Add(Trace(node, TraceDestination.ForAddress(address)));

        var notes = primary.Resolution?.Notes ?? [];
        var failed = results.FirstOrDefault(r => r.Verdict == Verdict.Unreachable);
        var passed = results.FirstOrDefault(r => r.Verdict != Verdict.Unreachable);
        if (failed is null)
        {
            var shown = results.FirstOrDefault(r => r.Verdict == Verdict.Intermittent) ?? primary;
            return TracedOutcome.Of(shown, shown.Verdict, shown.Codes, shown, exits: TracedOutcome.ExitsOf(shown, results));
        }
        if (passed is null)
            return TracedOutcome.Of(primary, Verdict.Unreachable, [.. notes.Where(n => !primary.Codes.Contains(n)), .. primary.Codes], primary);
        // Part of the service's addresses get there and part do not.
        return TracedOutcome.Of(failed, Verdict.Intermittent, [.. failed.Codes, ExplanationCode.DestinationPartiallyRouted], passed,
            exits: TracedOutcome.ExitsOf(passed, results));
    }

    private TraceResult Trace(CompiledInterface node, TraceDestination destination) => _tracer.Trace(TracedOutcome.Request(node, destination));

    private Ipv4Address[] CachedSamples(CompiledInterface node, ServiceResolution resolution)
    {
        var key = new SampleKey(node.Vpc, string.Join(',', node.SecurityGroups), resolution.Service, resolution.Endpoint?.Id);
        return _samples.GetOrAdd(key, _ => [.. DestinationSamples(node, resolution)]);
    }

    /// <summary>
    /// Addresses to trace besides the primary: every interface of the endpoint the name resolves to; or
    /// one address per class of the public ranges, where a class is a piece that every route table of
    /// the VPC, every CIDR of the node's security-group rules and every ACL entry of the VPC treat alike.
    /// </summary>
    private IEnumerable<Ipv4Address> DestinationSamples(CompiledInterface node, ServiceResolution resolution)
    {
        if (resolution.Endpoint is { } endpoint)
        {
            foreach (var nic in endpoint.Interfaces) yield return nic.PrivateIp;
            yield break;
        }
        var tables = model.RouteTablesOf(node.Vpc);
        var filterCidrs = FilterCidrs(node).Distinct().ToList();
        var cuts = new SortedSet<uint>();
        foreach (var table in tables)
            foreach (var interval in table.Partition) cuts.Add(interval.Range.First.Value);
        foreach (var cidr in filterCidrs)
        {
            cuts.Add(cidr.First.Value);
            if (cidr.Last.Value != uint.MaxValue) cuts.Add(cidr.Last.Value + 1);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var range in resolution.Addresses.Ranges)
        {
            var starts = new List<uint> { range.First.Value };
            starts.AddRange(cuts.GetViewBetween(range.First.Value, range.Last.Value).Where(c => c != range.First.Value));
            foreach (var start in starts)
            {
                var address = new Ipv4Address(start);
                var signature = string.Join("|", tables.Select(t => t.Lookup(address)?.Text ?? "-"))
                    + "#" + string.Concat(filterCidrs.Select(c => c.Contains(address) ? '1' : '0'));
                if (seen.Add(signature)) yield return address;
            }
        }
    }

    private IEnumerable<Ipv4Prefix> FilterCidrs(CompiledInterface node)
    {
        foreach (var groupId in node.SecurityGroups)
        {
            if (!_groups.TryGetValue(groupId, out var group)) continue;
            foreach (var rule in group.Egress)
            {
                if (rule.Peer.Kind == RulePeerKind.Cidr) yield return rule.Peer.Cidr;
                else if (rule.Peer.Kind == RulePeerKind.PrefixList && model.FindPrefixList(new PrefixListId(rule.Peer.Id)) is { } list)
                    foreach (var cidr in list.Cidrs) yield return cidr;
            }
        }
        foreach (var acl in model.NetworkAclsOf(node.Vpc))
            foreach (var entry in acl.Ingress.Concat(acl.Egress)) yield return entry.Cidr;
    }
}
