using PathSim.Collections;
using PathSim.Topology;

namespace PathSim.Aws;

/// <summary>
/// Merges Redshift settings EC2 cannot show (EVR, deployment, node type, subnet group, buckets) into a
/// topology read from AWS: the overlay's clusters and buckets replace those with the same id (or name)
/// and add the rest. Run the validator on the result, so the overlay's references resolve against the account.
/// </summary>
public static class RedshiftOverlay
{
    public static NetworkTopology Apply(NetworkTopology topology, NetworkTopology overlay) => topology with
    {
        RedshiftClusters = Merge(topology.RedshiftClusters, overlay.RedshiftClusters, c => c.Id.Value),
        S3Buckets = Merge(topology.S3Buckets, overlay.S3Buckets, b => b.Name),
    };

    private static ValueArray<T> Merge<T>(ValueArray<T> existing, ValueArray<T> overlay, Func<T, string> key)
    {
        var replacements = overlay.ToDictionary(key, StringComparer.Ordinal);
        var merged = existing.Select(e => replacements.Remove(key(e), out var replacement) ? replacement : e).ToList();
        merged.AddRange(overlay.Where(o => replacements.ContainsKey(key(o))));
        return merged.ToValueArray();
    }
}
