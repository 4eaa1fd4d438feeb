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
        var node = model.InterfacesOf(query.Cluster.Id).FirstOrDefault(i => i.Subnet == query.Subnet);
        if (node is null)
        {
            var missing = new FlowHop { Component = query.Subnet.Value, Kind = "subnet", Rule = "no node interface of the cluster in this subnet", Passed = false };
            return new NetworkPathOutcome { Verdict = Verdict.Unreachable, Codes = [ExplanationCode.NoRouteToDestination], Path = [missing], Drop = missing };
        }

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
            return Outcome(shown, shown.Verdict, shown.Codes, shown);
        }
        if (passed is null)
            return Outcome(primary, Verdict.Unreachable, [.. notes.Where(n => !primary.Codes.Contains(n)), .. primary.Codes], primary);
        // Part of the service's addresses get there and part do not.
        return Outcome(failed, Verdict.Intermittent, [.. failed.Codes, ExplanationCode.DestinationPartiallyRouted], passed);
    }

    private TraceResult Trace(CompiledInterface node, TraceDestination destination) =>
        _tracer.Trace(new TraceRequest { Source = node, Destination = destination, DestinationPort = NetworkPathQuery.ServicePort });

    /// <summary>The shown trace gives the path and the drop; <paramref name="exit"/> (a passing trace) the exit and what the service sees.</summary>
    private static NetworkPathOutcome Outcome(TraceResult shown, Verdict verdict, IEnumerable<ExplanationCode> codes, TraceResult exit)
    {
        var path = new List<FlowHop>();
        AddHops(path, shown.Forward, PathDirection.Forward);
        if (shown.Return is { } back) AddHops(path, back, PathDirection.Return);
        return new NetworkPathOutcome
        {
            Verdict = verdict,
            Via = exit.Via ?? shown.Via,
            Codes = [.. codes.Distinct()],
            Path = [.. path],
            Drop = verdict == Verdict.Reachable ? null : Deciding(path),
            Endpoint = exit.Endpoint,
            PublicSource = exit.PublicSource,
        };
    }

    /// <summary>One report hop per step, naming the filter (group, ACL) a filter step belongs to.</summary>
    private static void AddHops(List<FlowHop> path, Trace trace, PathDirection direction)
    {
        foreach (var hop in trace.Hops)
        {
            if (hop.Steps.IsEmpty)
            {
                path.Add(new FlowHop { Component = hop.Component.Id, Kind = hop.Component.Kind.ToWireName(), Direction = direction });
                continue;
            }
            FilterStep? previous = null;
            foreach (var step in hop.Steps)
            {
                var filter = step as FilterStep ?? (step as DropStep)?.Decision as FilterStep;
                // A drop after a filter's deny was decided by that filter's rule.
                var decidedBy = filter ?? (step is DropStep ? previous : null);
                previous = filter ?? previous;
                var component = filter?.Filter ?? hop.Component.Id;
                path.Add(new FlowHop
                {
                    Component = component,
                    Kind = (filter?.FilterKind ?? hop.Component.Kind).ToWireName(),
                    // Steps name their filter ("sg-1: egress tcp 443 ..."); the hop already does.
                    Rule = NamesFilter(step.Text, component) ? step.Text[(component.Length + 2)..] : step.Text,
                    Direction = direction,
                    Passed = step is not DropStep && filter?.Action is not (FilterAction.Deny or FilterAction.Partial),
                    Partial = filter?.Action == FilterAction.Partial,
                    Location = step.Location,
                    RuleNumber = decidedBy?.RuleNumber,
                    ExplicitDeny = decidedBy?.ExplicitDeny ?? false,
                });
            }
        }
    }

    private static bool NamesFilter(string text, string component) =>
        text.StartsWith(component, StringComparison.Ordinal) && text.AsSpan(component.Length).StartsWith(": ", StringComparison.Ordinal);

    /// <summary>The hop to blame: a denying or partial filter rule when there is one, else the drop itself.</summary>
    private static FlowHop? Deciding(List<FlowHop> path)
    {
        var failing = path.Where(h => !h.Passed).ToList();
        if (failing.Count == 0) return null;
        var drop = failing[^1];
        var filter = failing.LastOrDefault(h => h.Kind is "security-group" or "network-acl");
        return filter ?? drop;
    }

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
