namespace PathSim.Network;

/// <summary>
/// Where a compiled route came from. The order of the members is the exact-prefix tie-break (R4):
/// a lower value wins. Local routes cannot be overridden by an equal prefix (R2).
/// </summary>
public enum CompiledRouteOrigin
{
    /// <summary>The implicit route for a VPC CIDR (R2).</summary>
    Local = 0,
    /// <summary>A route the user wrote with a CIDR destination.</summary>
    Static = 1,
    /// <summary>One CIDR of a route the user wrote with a prefix-list destination (R4).</summary>
    PrefixList = 2,
    /// <summary>One CIDR of the implicit <c>pl-service → vpce</c> route of an associated gateway endpoint (R6).</summary>
    GatewayEndpoint = 3,
    /// <summary>Propagated from a virtual private gateway (R4: loses every exact tie).</summary>
    Propagated = 4,
}
