using PathSim.Topology;

namespace PathSim.Generation;

/// <summary>
/// The random choices for one VPC, drawn once from the VPC's own stream. Most VPCs are healthy; the
/// rest carry one of the misconfigurations the bundled scenarios show, at rates chosen so a large
/// organisation exercises every verdict (the comment at each field names the rule it trips).
/// </summary>
internal sealed class VpcBlueprint
{
    public VpcBlueprint(SplitMix64 random)
    {
        AzCount = random.Percent(33) ? 4 : 3;
        DnsHostnames = !random.Percent(5);                       // RS3, E2
        HasInternetGateway = !random.Percent(4);                 // G2: NAT gateways lose their way out
        AzWithoutNat = random.Percent(6) ? 1 + random.Next(AzCount - 1) : -1;   // that AZ borrows another AZ's NAT
        DataDefaultRoute = random.Percent(70);                   // else data subnets rely on endpoints only (R1)
        S3Gateway = random.Next(100) switch { < 12 => GatewayCoverage.None, < 20 => GatewayCoverage.PrivateOnly, _ => GatewayCoverage.All };   // R6
        S3EndpointPolicyRestricted = random.Percent(10);         // E3: UNLOAD to the exports bucket denied
        GlueEndpoint = random.Percent(60);                       // RS7
        GluePrivateDns = !random.Percent(10);                    // E2
        EndpointGroupAdmitsRedshift = !random.Percent(5);        // E1
        RedshiftEgress = random.Next(100) switch { < 65 => EgressStyle.AllowAll, < 87 => EgressStyle.HttpsAndVpc, < 95 => EgressStyle.S3PrefixListOnly, _ => EgressStyle.None };   // F1
        DataAclReplies = random.Next(100) switch { < 88 => ReplyPorts.Full, < 96 => ReplyPorts.Partial, _ => ReplyPorts.Missing };   // F2, F3
        DataSubnetOnMainTable = random.Percent(5);               // R3: the main table has only local routes (RS8)
        BlackholeRoute = random.Percent(10);                     // R5
        BastionWithPublicIp = random.Percent(30);                // G1

        Deployment = random.Percent(25) ? RedshiftDeployment.Serverless : RedshiftDeployment.Provisioned;
        NodeType = Deployment == RedshiftDeployment.Serverless ? null : random.Pick(NodeTypes);   // RS5, RS6
        EnhancedVpcRouting = random.Percent(80);                 // RS1
        PubliclyAccessible = random.Percent(8);                  // RS2
        Catalog = random.Next(100) switch { < 85 => DataCatalog.Glue, < 95 => DataCatalog.Athena, _ => DataCatalog.Hive };
        DefaultBuckets = random.Percent(20);                     // a cluster without `buckets` checks S3 in its region
        CrossRegionUnload = random.Percent(15);                  // R6: another region's S3 follows 0.0.0.0/0
    }

    private static readonly string[] NodeTypes = ["ra3.xlplus", "ra3.4xlarge", "ra3.16xlarge", "dc2.large", "rg.xlarge"];

    public int AzCount { get; }
    public bool DnsHostnames { get; }
    public bool HasInternetGateway { get; }
    public int AzWithoutNat { get; }
    public bool DataDefaultRoute { get; }
    public GatewayCoverage S3Gateway { get; }
    public bool S3EndpointPolicyRestricted { get; }
    public bool GlueEndpoint { get; }
    public bool GluePrivateDns { get; }
    public bool EndpointGroupAdmitsRedshift { get; }
    public EgressStyle RedshiftEgress { get; }
    public ReplyPorts DataAclReplies { get; }
    public bool DataSubnetOnMainTable { get; }
    public bool BlackholeRoute { get; }
    public bool BastionWithPublicIp { get; }

    public RedshiftDeployment Deployment { get; }
    public string? NodeType { get; }
    public bool EnhancedVpcRouting { get; }
    public bool PubliclyAccessible { get; }
    public DataCatalog Catalog { get; }
    public bool DefaultBuckets { get; }
    public bool CrossRegionUnload { get; }

    internal enum GatewayCoverage { None, PrivateOnly, All }

    internal enum EgressStyle { AllowAll, HttpsAndVpc, S3PrefixListOnly, None }

    internal enum ReplyPorts { Full, Partial, Missing }
}
