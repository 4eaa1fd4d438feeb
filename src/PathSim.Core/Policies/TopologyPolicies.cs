using System.Collections.Immutable;
using PathSim.Diagnostics;
using PathSim.Topology;

namespace PathSim.Policies;

/// <summary>
/// Every endpoint and bucket policy of a topology, parsed once, with the PS2107 diagnostics of those
/// that are not valid. An invalid policy is left out (as if absent): the diagnostics make the run an
/// input error, so no verdict rests on it.
/// </summary>
public sealed class TopologyPolicies
{
    private readonly Dictionary<VpcEndpointId, PolicyDocument> _endpoints = [];
    private readonly Dictionary<string, PolicyDocument> _buckets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, S3Bucket> _bucketRecords = new(StringComparer.Ordinal);

    private TopologyPolicies(ImmutableArray<Diagnostic> diagnostics) => Diagnostics = diagnostics;

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public static TopologyPolicies Parse(NetworkTopology topology)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var endpoints = new Dictionary<VpcEndpointId, PolicyDocument>();
        var buckets = new Dictionary<string, PolicyDocument>(StringComparer.Ordinal);
        foreach (var endpoint in topology.VpcEndpoints)
            if (Read(endpoint.Policy, diagnostics) is { } doc) endpoints.TryAdd(endpoint.Id, doc);
        foreach (var bucket in topology.S3Buckets)
            if (Read(bucket.Policy, diagnostics) is { } doc) buckets.TryAdd(bucket.Name, doc);

        var result = new TopologyPolicies(diagnostics.ToImmutable());
        foreach (var (id, doc) in endpoints) result._endpoints[id] = doc;
        foreach (var (name, doc) in buckets) result._buckets[name] = doc;
        foreach (var bucket in topology.S3Buckets) result._bucketRecords.TryAdd(bucket.Name, bucket);
        return result;
    }

    /// <summary>The endpoint's policy as the evaluator consults it; no policy means full access (E3).</summary>
    public AttachedPolicy Endpoint(VpcEndpoint endpoint) =>
        AttachedPolicy.Endpoint(endpoint, _endpoints.GetValueOrDefault(endpoint.Id));

    /// <summary>The bucket's policy, or null when the topology does not describe the bucket (no policy known).</summary>
    public AttachedPolicy? Bucket(string name) =>
        _bucketRecords.TryGetValue(name, out var bucket) ? AttachedPolicy.Bucket(bucket, _buckets.GetValueOrDefault(name)) : null;

    private static PolicyDocument? Read(PolicyText? text, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (text is null) return null;
        var parsed = PolicyDocument.Parse(text);
        diagnostics.AddRange(parsed.Diagnostics);
        return parsed.Document;
    }
}
