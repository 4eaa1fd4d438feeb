namespace PathSim.Traces;

/// <summary>The answer for one flow (TOPOLOGY.md, "Verdicts").</summary>
public enum Verdict
{
    /// <summary>Every packet of the flow gets there and its replies get back.</summary>
    Reachable,
    /// <summary>Some packets do and some don't (part of the ephemeral ports, part of the service's prefixes).</summary>
    Intermittent,
    /// <summary>No packet does.</summary>
    Unreachable,
    /// <summary>The traffic does not travel through the VPC, so VPC settings cannot affect it.</summary>
    OutsideVpc,
    /// <summary>The network carries it but an endpoint or bucket policy refuses the request.</summary>
    Denied,
}
