using PathSim.Network;
using PathSim.Traces;

namespace PathSim.Cli.Tracing;

/// <summary>The readable trace: the verdict, then the forward and return hops with what matched at each and every translation.</summary>
public static class TraceTextRenderer
{
    public static void Render(TraceResult result, string from, string to, TextWriter output)
    {
        output.WriteLine($"pathsim trace {from} -> {to}");
        output.WriteLine($"  packet:  {result.Header}");
        string via = result.Via is null ? "" : $" via {result.Via}";
        string codes = result.Codes.IsEmpty ? "" : $" [{string.Join(", ", result.Codes.Select(c => c.Value))}]";
        output.WriteLine($"  verdict: {result.Verdict.ToWireName()}{via}{codes}");
        output.WriteLine();
        output.WriteLine("Forward");
        WriteTrace(result.Forward, output);
        output.WriteLine();
        output.WriteLine("Return");
        if (result.Return is { } back) WriteTrace(back, output);
        else output.WriteLine("  (no reply: the request did not arrive)");
    }

    private static void WriteTrace(Traces.Trace trace, TextWriter output)
    {
        foreach (var hop in trace.Hops)
        {
            output.WriteLine($"  {hop.Component.Kind.ToWireName()} {hop.Component.Id}");
            foreach (var step in hop.Steps)
            {
                string where = step.Location.IsNone ? "" : $"  ({step.Location})";
                string code = step.Code is { } c ? $" [{c}]" : "";
                string label = step switch
                {
                    FilterStep f => f.Action.ToString().ToLowerInvariant(),
                    _ => TraceJsonRenderer.StepType(step),
                };
                output.WriteLine($"    {label,-9} {step.Text}{code}{where}");
                if (step is TransformStep t)
                {
                    output.WriteLine($"              before: {t.Before}");
                    output.WriteLine($"              after:  {t.After}");
                }
            }
        }
    }
}
