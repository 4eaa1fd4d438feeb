namespace PathSim.Topology;

/// <summary>Where a route sends packets: a kind plus the target's id (empty for local and blackhole).</summary>
public readonly record struct RouteTarget(RouteTargetKind Kind, string Id)
{
    public static RouteTarget Local => new(RouteTargetKind.Local, "local");
    public static RouteTarget Blackhole => new(RouteTargetKind.Blackhole, "blackhole");

    /// <summary>Classifies an id by its AWS prefix (igw-, nat-, vpce-, pcx-, tgw-, eni-, eigw-, vgw-) or local/blackhole.</summary>
    public static bool TryParse(string? text, out RouteTarget target)
    {
        target = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        RouteTargetKind? kind = text switch
        {
            "local" => RouteTargetKind.Local,
            "blackhole" => RouteTargetKind.Blackhole,
            _ when text.StartsWith("igw-", StringComparison.Ordinal) => RouteTargetKind.InternetGateway,
            _ when text.StartsWith("eigw-", StringComparison.Ordinal) => RouteTargetKind.EgressOnlyInternetGateway,
            _ when text.StartsWith("nat-", StringComparison.Ordinal) => RouteTargetKind.NatGateway,
            _ when text.StartsWith("vpce-", StringComparison.Ordinal) => RouteTargetKind.VpcEndpoint,
            _ when text.StartsWith("pcx-", StringComparison.Ordinal) => RouteTargetKind.VpcPeeringConnection,
            _ when text.StartsWith("tgw-", StringComparison.Ordinal) => RouteTargetKind.TransitGateway,
            _ when text.StartsWith("eni-", StringComparison.Ordinal) => RouteTargetKind.NetworkInterface,
            _ when text.StartsWith("vgw-", StringComparison.Ordinal) => RouteTargetKind.VirtualPrivateGateway,
            _ => null,
        };
        if (kind is null) return false;
        target = new RouteTarget(kind.Value, text);
        return true;
    }

    public override string ToString() => Id;
}
