namespace PathSim.Traces;

public static class VerdictExtensions
{
    /// <summary>The wire name used in JSON and text: reachable, intermittent, unreachable, outside-vpc, denied.</summary>
    public static string ToWireName(this Verdict verdict) => verdict switch
    {
        Verdict.Reachable => "reachable",
        Verdict.Intermittent => "intermittent",
        Verdict.Unreachable => "unreachable",
        Verdict.OutsideVpc => "outside-vpc",
        Verdict.Denied => "denied",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };

    /// <summary>The "success" grouping, defined once: exit code 0 iff every flow is a success.</summary>
    public static bool IsSuccess(this Verdict verdict) => verdict is Verdict.Reachable or Verdict.OutsideVpc;

    /// <summary>Orders verdicts from best to worst, for what-if diffs ("got worse").</summary>
    public static int Severity(this Verdict verdict) => verdict switch
    {
        Verdict.Reachable => 0,
        Verdict.OutsideVpc => 0,
        Verdict.Intermittent => 1,
        Verdict.Denied => 2,
        Verdict.Unreachable => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };
}
