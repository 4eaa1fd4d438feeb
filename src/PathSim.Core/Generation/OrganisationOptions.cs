namespace PathSim.Generation;

/// <summary>What <see cref="OrganisationGenerator"/> builds: how many VPCs, from which seed, in which region.</summary>
public sealed record OrganisationOptions
{
    /// <summary>1 to <see cref="OrganisationSize.MaxVpcs"/>.</summary>
    public required int VpcCount { get; init; }

    /// <summary>The same seed (and count) always gives the same topology, on any machine.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>The home region of every VPC; one bucket per account lives in <see cref="OtherRegion"/> (cross-region UNLOAD).</summary>
    public string Region { get; init; } = "us-east-1";

    public string OtherRegion { get; init; } = "us-west-2";
}
