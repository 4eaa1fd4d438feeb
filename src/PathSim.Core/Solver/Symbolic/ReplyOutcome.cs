using PathSim.Network;
using PathSim.Traces;

namespace PathSim.Solver.Symbolic;

/// <summary>The fate of the replies of one class of delivered packets, with the component and rule that decided it.</summary>
public sealed record ReplyOutcome(ReplyDisposition Disposition, ComponentRef? At = null, ExplanationCode? Code = null, string? Rule = null)
{
    public static ReplyOutcome Returns { get; } = new(ReplyDisposition.Returns);

    public override string ToString() => Disposition switch
    {
        ReplyDisposition.Returns => "reply returns",
        ReplyDisposition.Intermittent => $"reply intermittent at {At} {Code}{(Rule is null ? "" : $" ({Rule})")}",
        _ => $"reply dropped at {At} {Code}{(Rule is null ? "" : $" ({Rule})")}",
    };
}
