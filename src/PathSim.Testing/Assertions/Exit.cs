using PathSim.Topology;

namespace PathSim.Testing.Assertions;

/// <summary>
/// A way out of a VPC as the check report's <c>via</c> names it: a VPC endpoint, a NAT gateway (also
/// when an internet gateway follows it), an internet gateway or a peering connection. Built from the
/// typed ids, so <c>ShouldLeaveOnlyVia(new VpcEndpointId("vpce-s3"))</c> reads as it does in the file.
/// </summary>
public readonly record struct Exit
{
    private Exit(string id) => Id = id;

    /// <summary>The gateway's or endpoint's id (<c>vpce-…</c>, <c>nat-…</c>, <c>igw-…</c>, <c>pcx-…</c>).</summary>
    public string Id { get; }

    public static implicit operator Exit(VpcEndpointId endpoint) => new(endpoint.Value);
    public static implicit operator Exit(NatGatewayId nat) => new(nat.Value);
    public static implicit operator Exit(InternetGatewayId gateway) => new(gateway.Value);
    public static implicit operator Exit(VpcPeeringConnectionId peering) => new(peering.Value);

    /// <summary>The exit a report's <c>via</c> text names, or null for none.</summary>
    public static Exit? FromVia(string? via) => via is null ? null : new Exit(via);

    public override string ToString() => Id;
}
