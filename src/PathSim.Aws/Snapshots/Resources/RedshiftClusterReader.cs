using PathSim.Addressing;
using PathSim.Collections;
using PathSim.Topology;

namespace PathSim.Aws.Snapshots.Resources;

/// <summary>
/// Redshift's <c>Clusters</c> (describe-clusters) and <c>ClusterSubnetGroups</c> (describe-cluster-subnet-groups).
/// The cluster's subnets are its subnet group's (RS8); they are joined later, as the files come in any order.
/// </summary>
internal static class RedshiftClusterReader
{
    public static void Read(JsonCursor item, DescribeSource source, SnapshotContent content)
    {
        var id = new RedshiftClusterId(item.RequiredString("ClusterIdentifier"));
        var location = source.LocationOf(id.Value);
        bool publiclyAccessible = item.OptionalBool("PubliclyAccessible") ?? false;
        var nodes = item.Items("ClusterNodes").ToList();
        var privateIps = nodes.Select(n => n.OptionalAddress("PrivateIPAddress")).OfType<Ipv4Address>().ToValueArray();

        // The cluster's public address: its Elastic IP, else (a publicly accessible cluster without one) the leader's public IP.
        var elasticIp = item.Property("ElasticIpStatus")?.OptionalAddress("ElasticIp");
        if (elasticIp is null && publiclyAccessible)
        {
            var leader = JsonCursor.Preferred(nodes, n => n.OptionalString("NodeRole") is "LEADER" or "SHARED");
            elasticIp = leader?.OptionalAddress("PublicIPAddress");
        }

        content.Clusters.Add(new ClusterDescription
        {
            Cluster = new RedshiftCluster
            {
                Id = id,
                Deployment = RedshiftDeployment.Provisioned,
                NodeType = item.OptionalString("NodeType"),
                EnhancedVpcRouting = item.OptionalBool("EnhancedVpcRouting") ?? false,
                PubliclyAccessible = publiclyAccessible,
                ElasticIp = elasticIp,
                Subnets = default,
                SecurityGroups = item.Items("VpcSecurityGroups")
                    .Where(g => g.OptionalString("Status") is null or "active" or "adding")
                    .Select(g => new SecurityGroupId(g.RequiredString("VpcSecurityGroupId")))
                    .ToValueArray(),
                IamRoles = item.Items("IamRoles").Select(r => r.RequiredString("IamRoleArn")).ToValueArray(),
                Location = location,
            },
            SubnetGroupName = item.OptionalString("ClusterSubnetGroupName"),
            Vpc = item.OptionalString("VpcId") is { } vpc ? new VpcId(vpc) : null,
            Region = source.Region,
            NodePrivateIps = privateIps,
            Location = location,
        });
    }

    public static void ReadSubnetGroup(JsonCursor item, DescribeSource source, SnapshotContent content)
    {
        content.ClusterSubnetGroups.Add(new ClusterSubnetGroupDescription(
            item.RequiredString("ClusterSubnetGroupName"),
            item.OptionalString("VpcId") is { } vpc ? new VpcId(vpc) : null,
            source.Region,
            item.Items("Subnets").Select(s => new SubnetId(s.RequiredString("SubnetIdentifier"))).ToValueArray()));
    }
}
