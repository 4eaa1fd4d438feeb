using PathSim.Cli.Output;
using PathSim.Redshift;
using PathSim.Traces;

namespace PathSim.Cli.Check;

/// <summary>
/// The readable form of a <see cref="RedshiftCheck"/>: per cluster a table of subnet × flow, then
/// each flow's hop-by-hop path (with the blocking component and a one-line fix for a failure), then
/// the traffic that skips the VPC and what follows from it (RS1, RS5).
/// </summary>
public static class CheckTextRenderer
{
    public static void Render(RedshiftCheck check, TextWriter output)
    {
        output.WriteLine($"pathsim check {check.Topology}");
        if (check.Clusters.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("No Redshift clusters to check.");
            return;
        }
        foreach (var cluster in check.Clusters) RenderCluster(cluster, output);
        output.WriteLine();
        output.WriteLine(Summary(check));
    }

    private static void RenderCluster(ClusterCheck cluster, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"Cluster {cluster.Cluster}");
        output.WriteLine();
        var table = new TextTable("SUBNET", "FLOW", "TARGET", "VERDICT", "VIA", "CODES");
        foreach (var f in cluster.Flows)
            table.Add(f.Subnet.Value, f.Flow.Kind.ToWireName(), f.Flow.Target, f.Verdict.ToWireName(), f.Via ?? "-",
                f.Codes.IsEmpty ? "-" : string.Join(", ", f.Codes.Select(c => c.Value)));
        table.Write(output, "  ");

        output.WriteLine();
        output.WriteLine("  Paths");
        foreach (var f in cluster.Flows)
        {
            output.WriteLine();
            string via = f.Via is null ? "" : $" via {f.Via}";
            output.WriteLine($"  {f.Subnet}  {f.Flow.Kind.ToWireName()} {f.Flow.Target}: {f.Verdict.ToWireName()}{via}");
            // Which part of an intermittent flow fails (the symbolic probe's exact split), before the one path shown.
            if (f.Split is { } split)
                output.WriteLine($"    split: {split}");
            // A flow that leaves by more than one way (a longer route for part of the service's addresses, R1).
            if (f.Exits.Count > 1)
                output.WriteLine($"    exits: {string.Join("; ", f.Exits.Select(ExitText))}");
            if (f.Path.IsEmpty && f.Verdict == Verdict.OutsideVpc)
                output.WriteLine("    (does not travel through the VPC)");
            foreach (var hop in f.Path)
            {
                string arrow = hop.Direction == PathDirection.Forward ? "->" : "<-";
                string mark = hop.Partial ? "  PARTIAL" : hop.Passed ? "" : "  DROPPED";
                string rule = hop.Rule.Length == 0 ? "" : $": {Short(hop.Rule)}";
                output.WriteLine($"    {arrow} {hop.Component} ({hop.Kind}){rule}{mark}");
            }
            if (f.Blocker is { } b)
            {
                string rule = b.Rule.Length == 0 ? "" : $" [{Short(b.Rule)}]";
                string where = b.Location.IsNone ? "" : $" at {b.Location}";
                output.WriteLine($"    blocked by {b.Component} ({b.Kind}){rule}{where}");
                output.WriteLine($"    fix: {b.Fix}");
            }
        }
        RenderOutsideVpc(cluster, output);
    }

    /// <summary><c>nat-a for 3.5.0.0/19</c>; just the exit when only sample addresses are known (the tracer probe).</summary>
    private static string ExitText(PathExit exit) =>
        (exit.Via ?? "-") + (exit.Destinations.IsEmpty ? "" : $" for {FlowSplit.RangesText(exit.Destinations, FlowSplit.ShownRanges)}");

    private static void RenderOutsideVpc(ClusterCheck cluster, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("  Traffic outside the VPC");
        if (cluster.OutsideVpc.IsEmpty)
        {
            output.WriteLine("    none: every flow travels the cluster's VPC and appears in VPC flow logs.");
            return;
        }
        foreach (var o in cluster.OutsideVpc)
        {
            string why = o.Reason == ExplanationCode.SpectrumOutsideVpc
                ? "Spectrum on a provisioned cluster runs on AWS-managed resources outside the VPC (RS5)"
                : "enhanced VPC routing is off: the traffic uses the public network outside the VPC (RS1)";
            output.WriteLine($"    {o.Flow.Kind.ToWireName()} {o.Flow.Target}: {o.Reason} - {why}");
            if (o.DeniedBy is { } d)
                output.WriteLine($"      DENIED by {d.Component} ({d.Kind}) [{Short(d.Rule)}]; fix: {d.Fix}");
        }
        output.WriteLine("    These requests are not in VPC flow logs and ignore this VPC's routes, groups, ACLs and endpoints.");
        output.WriteLine("    They are authorised by the cluster's IAM role and carry no aws:SourceVpce / aws:SourceVpc, so a bucket");
        output.WriteLine("    policy that admits only VPC endpoints denies them. Audit S3 requests with CloudTrail data events");
        output.WriteLine("    (object-level logging) or S3 server access logging, Glue Data Catalog and Athena calls with CloudTrail");
        output.WriteLine("    management events.");
    }

    /// <summary>Policy rules end with the statement's JSON; the text form names the statement and leaves the JSON to --format json.</summary>
    private static string Short(string rule)
    {
        int json = rule.IndexOf(": {", StringComparison.Ordinal);
        return json < 0 ? rule : rule[..json];
    }

    private static string Summary(RedshiftCheck check)
    {
        var all = check.Clusters.SelectMany(c => c.Flows).ToList();
        var counts = Enum.GetValues<Verdict>()
            .Select(v => (Verdict: v, Count: all.Count(f => f.Verdict == v)))
            .Where(x => x.Count > 0)
            .Select(x => $"{x.Count} {x.Verdict.ToWireName()}");
        string outcome = check.AllSucceeded ? "ok" : "FAILED";
        return $"{all.Count} flows: {string.Join(", ", counts)} - {outcome}";
    }
}
