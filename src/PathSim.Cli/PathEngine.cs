namespace PathSim.Cli;

/// <summary>Which probe answers <c>check</c>'s in-VPC flows (<c>--engine</c>): both answer the same question over one model.</summary>
public enum PathEngine
{
    /// <summary>The symbolic engine's exact split of every packet of the flow (the default).</summary>
    Symbolic,

    /// <summary>The concrete tracer over the DNS answer and one boundary sample per class of addresses (the readable reference).</summary>
    Tracer,
}
