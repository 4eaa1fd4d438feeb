namespace PathSim.Yaml.Tests;

/// <summary>Topology files used by several tests.</summary>
internal static class TopologyExamples
{
    /// <summary>TOPOLOGY.md's example, verbatim (it names a few resources it does not define).</summary>
    public const string FromSpec = """
        pathsim: 1                       # format version (required)
        region: us-east-1                # default region for everything below
        account: "111122223333"          # optional

        vpcs:
          - id: vpc-main
            cidr: 10.0.0.0/16            # or `cidrs: [10.0.0.0/16, 100.64.0.0/16]`
            enable_dns_support: true     # default true
            enable_dns_hostnames: false  # default false (true only for a default VPC)

        subnets:
          - id: subnet-priv-a
            vpc: vpc-main
            cidr: 10.0.1.0/24
            availability_zone: us-east-1a
            route_table: rtb-priv        # optional: else the VPC's main route table
            network_acl: acl-priv        # optional: else the VPC's default network ACL

        route_tables:
          - id: rtb-priv
            vpc: vpc-main
            main: false                  # exactly one main table per VPC (implicit allow-nothing-but-local if none)
            routes:                      # the `local` route(s) for every VPC CIDR are implicit
              - destination: 0.0.0.0/0   # a CIDR, or a prefix list id (pl-...)
                target: nat-a            # igw-, nat-, vpce-, pcx-, tgw-, eni-, eigw-, or `blackhole`
              - destination: 10.9.0.0/16
                target: blackhole

        internet_gateways:
          - id: igw-main
            vpc: vpc-main                # attached VPC; omit for a detached gateway

        nat_gateways:
          - id: nat-a
            subnet: subnet-pub-a
            connectivity: public         # public (default) | private
            private_ip: 10.0.0.10        # optional
            public_ip: 203.0.113.10      # its Elastic IP (public NAT)

        vpc_endpoints:
          - id: vpce-s3
            vpc: vpc-main
            service: com.amazonaws.us-east-1.s3
            type: gateway                # gateway | interface
            route_tables: [rtb-priv]     # gateway: the associated route tables (adds the prefix-list route)
            policy: null                 # optional IAM policy document (YAML or a JSON string); null = full access
          - id: vpce-glue
            vpc: vpc-main
            service: com.amazonaws.us-east-1.glue
            type: interface
            subnets: [subnet-priv-a]     # interface: one endpoint network interface per subnet
            security_groups: [sg-endpoints]
            private_dns: true            # default true

        vpc_peering_connections:
          - id: pcx-shared
            requester_vpc: vpc-main
            accepter_vpc: vpc-shared     # may be in another account or region (then give `accepter_region`)
            status: active               # only an active connection carries traffic

        prefix_lists:                    # AWS-managed lists may be omitted: built-in service ranges are used
          - id: pl-63a5400a
            name: com.amazonaws.us-east-1.s3
            cidrs: [52.216.0.0/15, 3.5.0.0/19]

        security_groups:
          - id: sg-redshift
            vpc: vpc-main
            ingress: []
            egress:
              - protocol: tcp            # tcp | udp | icmp | all (also -1 or an IP protocol number)
                ports: 443               # a port or a range "1024-65535"; omitted = all
                destination: 0.0.0.0/0   # a CIDR, a prefix list id, or a security group id
            # ingress rules use `source:` instead of `destination:`

        network_acls:
          - id: acl-priv
            vpc: vpc-main
            default: false               # the VPC's default ACL (allows everything unless rules say otherwise)
            ingress:                     # evaluated by rule number, lowest first; implicit final deny
              - { rule: 100, protocol: tcp, ports: 1024-65535, source: 0.0.0.0/0, action: allow }
            egress:
              - { rule: 100, protocol: tcp, ports: 443, destination: 0.0.0.0/0, action: allow }

        network_interfaces:              # optional: other ENIs that take part (instances, hosts)
          - id: eni-etl
            subnet: subnet-priv-a
            private_ip: 10.0.1.25
            public_ip: null
            security_groups: [sg-etl]

        redshift_clusters:
          - id: analytics
            deployment: provisioned      # provisioned | serverless
            node_type: ra3.4xlarge       # ra3.* / dc2.* / rg.* (provisioned); ignored for serverless
            enhanced_vpc_routing: true
            publicly_accessible: false
            elastic_ip: null             # the cluster's public IP when publicly accessible
            subnets: [subnet-priv-a, subnet-priv-b]   # the cluster subnet group: every subnet is checked
            security_groups: [sg-redshift]
            iam_roles: ["arn:aws:iam::111122223333:role/redshift-spectrum"]
            catalog: glue                # glue (default) | athena | hive
            buckets:                     # what the cluster reads and writes; uses: copy, unload, spectrum
              - { bucket: raw-events, uses: [copy] }
              - { bucket: exports-eu, uses: [unload] }
              - { bucket: lake, uses: [spectrum] }

        s3_buckets:
          - name: raw-events
            region: us-east-1
            policy: null                 # optional bucket policy document
        """;

    /// <summary>The spec's example completed with the resources it names, so it loads without errors.</summary>
    public const string Complete = """
        pathsim: 1
        region: us-east-1
        account: "111122223333"
        vpcs:
          - id: vpc-main
            cidr: 10.0.0.0/16
            enable_dns_support: true
            enable_dns_hostnames: true
          - id: vpc-shared
            cidrs: [10.1.0.0/16, 100.64.0.0/16]
            region: us-west-2
        subnets:
          - { id: subnet-pub-a, vpc: vpc-main, cidr: 10.0.0.0/24, availability_zone: us-east-1a, route_table: rtb-pub, map_public_ip_on_launch: true }
          - { id: subnet-priv-a, vpc: vpc-main, cidr: 10.0.1.0/24, availability_zone: us-east-1a, route_table: rtb-priv, network_acl: acl-priv }
          - { id: subnet-priv-b, vpc: vpc-main, cidr: 10.0.2.0/24, availability_zone: us-east-1b, route_table: rtb-priv, network_acl: acl-priv }
        route_tables:
          - id: rtb-main
            vpc: vpc-main
            main: true
          - id: rtb-pub
            vpc: vpc-main
            routes:
              - { destination: 0.0.0.0/0, target: igw-main }
          - id: rtb-priv
            vpc: vpc-main
            routes:
              - { destination: 0.0.0.0/0, target: nat-a }
              - { destination: 10.1.0.0/16, target: pcx-shared }
              - { destination: 10.9.0.0/16, target: blackhole }
              - { destination: 172.16.0.0/12, target: vgw-onprem, origin: propagated }
              - { destination: pl-63a5400a, target: vpce-s3 }
        internet_gateways:
          - id: igw-main
            vpc: vpc-main
        nat_gateways:
          - id: nat-a
            subnet: subnet-pub-a
            private_ip: 10.0.0.10
            public_ip: 203.0.113.10
        vpc_endpoints:
          - id: vpce-s3
            vpc: vpc-main
            service: com.amazonaws.us-east-1.s3
            type: gateway
            route_tables: [rtb-priv]
            policy:
              Version: "2012-10-17"
              Statement:
                - Effect: Allow
                  Principal: "*"
                  Action: ["s3:GetObject", "s3:PutObject"]
                  Resource: "arn:aws:s3:::raw-events/*"
          - id: vpce-glue
            vpc: vpc-main
            service: com.amazonaws.us-east-1.glue
            type: interface
            subnets: [subnet-priv-a, subnet-priv-b]
            security_groups: [sg-endpoints]
            private_dns: true
        vpc_peering_connections:
          - id: pcx-shared
            requester_vpc: vpc-main
            accepter_vpc: vpc-shared
            accepter_region: us-west-2
            status: active
        prefix_lists:
          - id: pl-63a5400a
            name: com.amazonaws.us-east-1.s3
            cidrs: [52.216.0.0/15, 3.5.0.0/19]
        security_groups:
          - id: sg-redshift
            vpc: vpc-main
            name: redshift
            ingress: []
            egress:
              - { protocol: tcp, ports: 443, destination: 0.0.0.0/0, description: https out }
              - { protocol: tcp, ports: 443, destination: pl-63a5400a }
              - { protocol: tcp, ports: 443, destination: sg-endpoints }
          - id: sg-endpoints
            vpc: vpc-main
            ingress:
              - { protocol: tcp, ports: 443, source: sg-redshift }
          - id: sg-etl
            vpc: vpc-main
            egress: []
        network_acls:
          - id: acl-default
            vpc: vpc-main
            default: true
          - id: acl-priv
            vpc: vpc-main
            ingress:
              - { rule: 100, protocol: tcp, ports: 1024-65535, source: 0.0.0.0/0, action: allow }
              - { rule: 200, protocol: all, source: 10.0.0.0/16, action: allow }
            egress:
              - { rule: 100, protocol: tcp, ports: 443, destination: 0.0.0.0/0, action: allow }
              - { rule: 32766, protocol: icmp, destination: 0.0.0.0/0, action: deny }
        network_interfaces:
          - id: eni-etl
            subnet: subnet-priv-a
            private_ip: 10.0.1.25
            public_ip: null
            security_groups: [sg-etl]
            kind: instance
            instance: i-0123456789abcdef0
            description: etl host
        redshift_clusters:
          - id: analytics
            deployment: provisioned
            node_type: ra3.4xlarge
            enhanced_vpc_routing: true
            publicly_accessible: false
            elastic_ip: null
            subnets: [subnet-priv-a, subnet-priv-b]
            security_groups: [sg-redshift]
            iam_roles: ["arn:aws:iam::111122223333:role/redshift-spectrum"]
            catalog: glue
            buckets:
              - { bucket: raw-events, uses: [copy] }
              - { bucket: exports-eu, uses: [unload] }
              - { bucket: lake, uses: [spectrum, copy] }
        s3_buckets:
          - name: raw-events
            region: us-east-1
            policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"*","Condition":{"StringNotEquals":{"aws:SourceVpce":"vpce-s3"}}}]}'
          - name: exports-eu
            region: eu-west-1
          - name: lake
        """;
}
