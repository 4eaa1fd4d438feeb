using PathSim.Collections;
using PathSim.Topology;

namespace PathSim.WhatIf;

/// <summary>
/// What a diff's flow list cannot say by itself: flows that vanish because pathsim stops analysing
/// them (a catalog it does not model), and a bucket record that disappears while clusters still use
/// it (pathsim then assumes a policy-free bucket in the cluster's region, which can look "better").
/// </summary>
public static class DiffNotes
{
    public static ValueArray<string> Of(NetworkTopology before, NetworkTopology after)
    {
        var notes = new List<string>();
        var old = before.RedshiftClusters.ToDictionary(c => c.Id);
        foreach (var cluster in after.RedshiftClusters)
        {
            // RS7: pathsim checks the path to the Glue Data Catalog or Athena, not to a Hive metastore the user runs.
            if (old.TryGetValue(cluster.Id, out var was) && was.Catalog != cluster.Catalog && cluster.Catalog == DataCatalog.Hive)
                notes.Add($"cluster '{cluster.Id}': catalog {CatalogName(was.Catalog)} -> hive; pathsim does not analyse the path to a Hive metastore, so its {CatalogName(was.Catalog)} flows are listed as removed, not checked");
        }

        var described = after.S3Buckets.Select(b => b.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var bucket in before.S3Buckets.Where(b => !described.Contains(b.Name)))
        {
            var users = after.RedshiftClusters.Where(c => c.Buckets.Any(u => u.Bucket == bucket.Name)).Select(c => $"'{c.Id}'").ToList();
            if (users.Count > 0)
                notes.Add($"bucket '{bucket.Name}' is no longer described but {(users.Count == 1 ? "cluster" : "clusters")} {string.Join(", ", users)} still {(users.Count == 1 ? "uses" : "use")} it; pathsim now assumes a bucket in the cluster's region with no bucket policy");
        }
        return notes.ToValueArray();
    }

    private static string CatalogName(DataCatalog catalog) => catalog switch
    {
        DataCatalog.Glue => "glue",
        DataCatalog.Athena => "athena",
        _ => "hive",
    };
}
