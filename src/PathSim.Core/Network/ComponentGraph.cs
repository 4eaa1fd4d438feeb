using System.Collections.Immutable;
using QuikGraph;
using PathSim.Topology;

namespace PathSim.Network;

/// <summary>
/// The model's components and what depends on what, as a QuikGraph bidirectional graph whose edges point
/// from dependent to dependency (subnet → route table → NAT gateway → NAT's subnet → …). Used to find
/// which subnets an edit can affect.
/// </summary>
public sealed class ComponentGraph
{
    private readonly BidirectionalGraph<ComponentRef, TaggedEdge<ComponentRef, ComponentEdgeKind>> _graph;
    private readonly ILookup<string, ComponentRef> _byId;

    internal ComponentGraph(BidirectionalGraph<ComponentRef, TaggedEdge<ComponentRef, ComponentEdgeKind>> graph)
    {
        _graph = graph;
        _byId = graph.Vertices.ToLookup(v => v.Id, StringComparer.Ordinal);
    }

    /// <summary>The graph itself (read it, do not change it).</summary>
    public IBidirectionalGraph<ComponentRef, TaggedEdge<ComponentRef, ComponentEdgeKind>> Graph => _graph;

    public IEnumerable<ComponentRef> Components => _graph.Vertices;

    /// <summary>Every component with this id (ids are unique per kind; AWS ids are unique overall).</summary>
    public IEnumerable<ComponentRef> Find(string id) => _byId[id];

    /// <summary>The direct dependencies of a component.</summary>
    public IEnumerable<(ComponentRef Component, ComponentEdgeKind Kind)> DependenciesOf(ComponentRef component) =>
        _graph.ContainsVertex(component) ? _graph.OutEdges(component).Select(e => (e.Target, e.Tag)) : [];

    /// <summary>
    /// The subnets whose paths can change when any of <paramref name="changed"/> changes: every subnet that
    /// (transitively) depends on one of them, plus changed subnets themselves. Paths to other subnets of
    /// the same VPC through the local route are followed only with <paramref name="includeIntraVpc"/>
    /// (they make every subnet of a VPC depend on every other one). Unknown components are ignored.
    /// </summary>
    public ImmutableSortedSet<SubnetId> AffectedSubnets(IEnumerable<ComponentRef> changed, bool includeIntraVpc = false)
    {
        var seen = new HashSet<ComponentRef>();
        var queue = new Queue<ComponentRef>();
        foreach (var c in changed)
            if (_graph.ContainsVertex(c) && seen.Add(c)) queue.Enqueue(c);
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            foreach (var edge in _graph.InEdges(current))
            {
                if (edge.Tag == ComponentEdgeKind.ContainsSubnet && !includeIntraVpc) continue;
                if (seen.Add(edge.Source)) queue.Enqueue(edge.Source);
            }
        }
        return [.. seen.Where(c => c.Kind == ComponentKind.Subnet).Select(c => new SubnetId(c.Id))];
    }

    /// <summary>As <see cref="AffectedSubnets(IEnumerable{ComponentRef}, bool)"/>, naming components by id only.</summary>
    public ImmutableSortedSet<SubnetId> AffectedSubnets(IEnumerable<string> changedIds, bool includeIntraVpc = false) =>
        AffectedSubnets(changedIds.SelectMany(Find), includeIntraVpc);
}
