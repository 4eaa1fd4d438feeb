namespace PathSim.Diagnostics;

public enum DiagnosticSeverity
{
    /// <summary>Input pathsim reads but does not model; the analysis still runs.</summary>
    Warning,

    /// <summary>Input that cannot be analysed; exit code 2.</summary>
    Error,
}
