using PathSim.Addressing;
using PathSim.Traces;
using Xunit;
using static PathSim.Core.Tests.Solver.Tracing.TracerFixture;

namespace PathSim.Core.Tests.Solver.Tracing;

public sealed class PacketTracerRedshiftTests
{
    [Fact]
    public void PubliclyAccessibleCluster_InPublicSubnet_UsesItsElasticIpAtIgw()
    {
        var builder = Base().SecurityGroup("sg-rs", "vpc-a")
            .RedshiftCluster("analytics", ["subnet-pub", "subnet-iso"], ["sg-rs"], publiclyAccessible: true, elasticIp: "198.51.100.99");
        var pub = Trace(builder, "eni-analytics-subnet-pub", "s3:eu-west-1");
        Assert.Equal(Verdict.Reachable, pub.Verdict);
        Assert.Equal("igw-a", pub.Via);
        Assert.Equal(Ipv4Address.Parse("198.51.100.99"), pub.PublicSource);
        // RS8: the same cluster placed in the isolated subnet has no way out.
        Assert.Equal(["NO_ROUTE_TO_DESTINATION"], Codes(Trace(builder, "eni-analytics-subnet-iso", "s3:eu-west-1")));
    }

    [Fact]
    public void PrivateCluster_S3SameRegionViaEndpoint_GlueViaNat()
    {
        var builder = Base().SecurityGroup("sg-rs", "vpc-a", g => g.Egress("tcp", "443", "0.0.0.0/0"))
            .RedshiftCluster("analytics", ["subnet-priv"], ["sg-rs"]);
        var s3 = Trace(builder, "eni-analytics-subnet-priv", "s3:us-east-1");
        Assert.Equal(("vpce-s3", Verdict.Reachable), (s3.Via, s3.Verdict));
        var glue = Trace(builder, "eni-analytics-subnet-priv", "glue:us-east-1");
        Assert.Equal(("nat-a", Verdict.Reachable), (glue.Via, glue.Verdict));
        Assert.Equal("glue:us-east-1", glue.Service.ToString());
        Assert.Equal(["ENI_SG_RULES_MISMATCH"], Codes(Trace(builder, "eni-analytics-subnet-priv", "glue:us-east-1", port: 80)));
    }
}
