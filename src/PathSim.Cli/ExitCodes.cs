namespace PathSim.Cli;

/// <summary>The process exit codes, defined once (TOPOLOGY.md, "Exit status").</summary>
public static class ExitCodes
{
    /// <summary>Every flow is reachable or outside-vpc.</summary>
    public const int Ok = 0;

    /// <summary>Some flow is intermittent, unreachable or denied.</summary>
    public const int FlowFailed = 1;

    /// <summary>whatif and diff: some flow got worse (TOPOLOGY.md verdict severity).</summary>
    public const int FlowGotWorse = 1;

    /// <summary>The input (arguments, topology file, snapshot) is invalid; diagnostics were printed.</summary>
    public const int InvalidInput = 2;

    /// <summary>pathsim itself failed: a bug.</summary>
    public const int InternalError = 3;
}
