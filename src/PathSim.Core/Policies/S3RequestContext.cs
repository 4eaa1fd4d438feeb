using PathSim.Addressing;
using PathSim.Topology;

namespace PathSim.Policies;

/// <summary>
/// The condition keys an S3 (or other AWS service) request carries, by how it arrives (E4):
/// through a VPC endpoint it has <c>aws:SourceVpce</c> and <c>aws:SourceVpc</c> and no
/// <c>aws:SourceIp</c>; from the internet (NAT gateway EIP, cluster EIP) it has <c>aws:SourceIp</c>
/// and no endpoint keys.
/// </summary>
public static class S3RequestContext
{
    /// <summary>
    /// Assumption (AWS does not document Spectrum's source address): Spectrum's reads on provisioned
    /// clusters come from AWS-managed resources on the AWS network (RS5), so they carry an AWS-owned
    /// public <c>aws:SourceIp</c> that no customer range contains. pathsim uses this address from
    /// Amazon's 52.94.0.0/16 range to stand for it.
    /// </summary>
    public static Ipv4Address AwsNetworkSourceIp { get; } = Ipv4Address.Parse("52.94.0.1");

    /// <summary>
    /// Through endpoint <paramref name="endpoint"/> of <paramref name="vpc"/>: endpoint keys present,
    /// <c>aws:SourceIp</c> absent (AWS: "The aws:SourceIp condition key is always included in the
    /// request, except for requests that use an Amazon VPC endpoint"). When the sender's private
    /// address is known it is <c>aws:VpcSourceIp</c>.
    /// </summary>
    public static RequestContext ThroughEndpoint(VpcEndpointId endpoint, VpcId vpc, Ipv4Address? privateSourceIp = null)
    {
        var context = Https.With(ConditionKeys.SourceVpce, endpoint.Value).With(ConditionKeys.SourceVpc, vpc.Value);
        return privateSourceIp is { } ip ? context.With(VpcSourceIp, ip.ToString()) : context;
    }

    /// <summary>Over the internet from <paramref name="publicIp"/> (a NAT gateway's or the cluster's Elastic IP).</summary>
    public static RequestContext FromPublicIp(Ipv4Address publicIp) => Https.With(ConditionKeys.SourceIp, publicIp.ToString());

    /// <summary>From AWS's own network, as Spectrum's reads on provisioned clusters are (RS5): no endpoint keys.</summary>
    public static RequestContext FromAwsNetwork() => FromPublicIp(AwsNetworkSourceIp);

    /// <summary>The private source address of a request through a VPC endpoint.</summary>
    public const string VpcSourceIp = "aws:VpcSourceIp";

    // Assumption: Redshift reaches S3, Glue and Athena over HTTPS (the Spectrum page says so for
    // Spectrum; COPY/UNLOAD use the same HTTPS endpoints), so aws:SecureTransport is true.
    private static RequestContext Https => RequestContext.Empty.With(ConditionKeys.SecureTransport, "true");
}
