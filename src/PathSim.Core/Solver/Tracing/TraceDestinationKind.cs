namespace PathSim.Solver.Tracing;

public enum TraceDestinationKind
{
    /// <summary>An IPv4 address.</summary>
    Address,
    /// <summary>A network interface id, or an instance id (its first interface).</summary>
    Interface,
    /// <summary>An AWS service in a region (<c>s3:us-east-1</c>), resolved by DNS rules (E2).</summary>
    Service,
}
