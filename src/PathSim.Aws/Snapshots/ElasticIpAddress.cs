using PathSim.Addressing;
using PathSim.Diagnostics;

namespace PathSim.Aws.Snapshots;

/// <summary>One Elastic IP from describe-addresses and what it is associated with, if anything.</summary>
internal sealed record ElasticIpAddress(Ipv4Address PublicIp, string? NetworkInterfaceId, string? InstanceId, Ipv4Address? PrivateIp, SourceLocation Location);
