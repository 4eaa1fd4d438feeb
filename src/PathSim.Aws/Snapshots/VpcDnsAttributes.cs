namespace PathSim.Aws.Snapshots;

/// <summary>What describe-vpc-attribute said about a VPC; null where it was not asked.</summary>
internal sealed record VpcDnsAttributes(bool? EnableDnsSupport, bool? EnableDnsHostnames);
