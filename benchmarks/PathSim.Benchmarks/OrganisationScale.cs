using PathSim.Generation;

namespace PathSim.Benchmarks;

/// <summary>A benchmark size (S, M, L or a VPC count); orders by VPC count so tables read S, M, L.</summary>
public sealed record OrganisationScale(string Name, int VpcCount) : IComparable<OrganisationScale>, IComparable
{
    public static OrganisationScale Parse(string text) =>
        OrganisationSize.TryParse(text, out int vpcs)
            ? new OrganisationScale(text.Trim().ToUpperInvariant(), vpcs)
            : throw new ArgumentException($"'{text}' is not S, M, L or a VPC count.", nameof(text));

    public int CompareTo(OrganisationScale? other) => other is null ? 1 : VpcCount.CompareTo(other.VpcCount);
    public int CompareTo(object? obj) => CompareTo(obj as OrganisationScale);
    public override string ToString() => Name;
}
