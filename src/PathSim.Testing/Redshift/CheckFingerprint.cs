using PathSim.Redshift;
using PathSim.Traces;

namespace PathSim.Testing.Redshift;

/// <summary>
/// A check report without its source locations, one line per flow (cluster, subnet, flow, verdict, exit,
/// codes, every hop's component, kind, rule, direction and outcome, the blocker and its fix) and per
/// traffic outside the VPC: what must stay the same when only the file changes, such as after
/// <c>pathsim export</c> and loading it back. Lines compare with <c>Assert.Equal</c> and show the first difference.
/// </summary>
public static class CheckFingerprint
{
    public static IReadOnlyList<string> Of(RedshiftCheck check) =>
    [
        .. check.Clusters.SelectMany(cluster =>
            cluster.Flows.Select(f => $"{cluster.Cluster} {f.Subnet} {f.Flow}: {f.Verdict.ToWireName()} via {f.Via ?? "-"} [{string.Join(",", f.Codes)}]"
                    + $" path {string.Join(" | ", f.Path.Select(Hop))}"
                    + (f.Blocker is { } b ? $" blocked at {b.Kind} {b.Component}: {b.Rule}; fix: {b.Fix}" : ""))
                .Concat(cluster.OutsideVpc.Select(o => $"{cluster.Cluster} outside-vpc {o.Flow}: {o.Reason}"
                    + (o.DeniedBy is { } d ? $" denied at {d.Kind} {d.Component}: {d.Rule}; fix: {d.Fix}" : "")))),
    ];

    private static string Hop(FlowHop hop) =>
        $"{hop.Direction} {hop.Kind} {hop.Component}: {hop.Rule}{(hop.Passed ? "" : " (stopped)")}{(hop.Partial ? " (partial)" : "")}";
}
