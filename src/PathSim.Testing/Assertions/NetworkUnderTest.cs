using System.Collections.Immutable;
using PathSim.Addressing;
using PathSim.Aws;
using PathSim.Network;
using PathSim.Policies;
using PathSim.Redshift;
using PathSim.Solver.Symbolic;
using PathSim.Solver.Symbolic.PacketSets;
using PathSim.Solver.Tracing;
using PathSim.Topology;
using PathSim.Traces;
using PathSim.Validation;
using PathSim.WhatIf;
using PathSim.Yaml;

namespace PathSim.Testing.Assertions;

/// <summary>
/// Your topology, loaded for property tests: pick traffic with <c>From(…)</c> and narrow it with
/// <c>To(…)</c> and <c>OnTcp(…)</c>, then assert something that must hold for <b>every</b> packet of it;
/// the symbolic engine decides over the whole packet set, never by sampling. A failure names one
/// concrete packet, its outcome and the rule that decided it, with file:line:col.
/// <code>
/// var network = NetworkUnderTest.Load("topologies/healthy-private-endpoints.yaml");
/// network.From(new RedshiftClusterId("analytics")).To(RegionalService.S3("us-east-1")).ShouldLeaveOnlyVia(new VpcEndpointId("vpce-s3"));
/// network.From(new SubnetId("subnet-priv-a")).ShouldNeverReachInternet();
/// </code>
/// Every call is serialised on the instance (the engine's packet sets share one BDD table), so a
/// fixture may share it between tests.
/// </summary>
public sealed class NetworkUnderTest
{
    private readonly object _gate = new();
    private readonly SymbolicEngine _engine;
    private readonly PacketTracer _tracer;
    private RedshiftCheck? _check;

    private NetworkUnderTest(NetworkTopology topology)
    {
        Topology = topology;
        Model = NetworkModel.Build(topology);
        _engine = new SymbolicEngine(Model);
        _tracer = new PacketTracer(Model);
    }

    /// <summary>A topology YAML file, or a directory of AWS describe-* outputs (as <c>pathsim check TOPOLOGY</c> takes).</summary>
    /// <param name="region">The region of snapshot files placed directly in the directory (default us-west-2, as Batfish).</param>
    /// <exception cref="InvalidTopologyException">The input has errors; the message lists them with file:line:col.</exception>
    public static NetworkUnderTest Load(string path, string? region = null)
    {
        var loaded = Directory.Exists(path) ? AwsSnapshotReader.Load(path, region) : TopologyYamlReader.Read(path);
        if (!loaded.Succeeded) throw new InvalidTopologyException(path, loaded.Diagnostics);
        return Of(loaded.Topology, path);
    }

    /// <summary>A topology built in code (a generator's, or an edited one); validated first.</summary>
    /// <exception cref="InvalidTopologyException">The topology or one of its policy documents has errors.</exception>
    public static NetworkUnderTest Of(NetworkTopology topology, string? name = null)
    {
        // As the CLI does after loading: the validator, then the policy documents (PS2107), so no
        // assertion runs over a half-understood file.
        var diagnostics = TopologyValidator.Validate(topology).AddRange(TopologyPolicies.Parse(topology).Diagnostics);
        if (diagnostics.Any(d => d.IsError)) throw new InvalidTopologyException(name ?? (topology.Source.Length > 0 ? topology.Source : "the topology"), diagnostics);
        return new NetworkUnderTest(topology);
    }

    public NetworkTopology Topology { get; }

    /// <summary>The compiled model the engines walk.</summary>
    public NetworkModel Model { get; }

    /// <summary>
    /// Everything the subnet's network interfaces can send (instances, cluster nodes, NAT gateways, other
    /// interfaces); interface endpoints' interfaces are left out, as they only answer (E1).
    /// </summary>
    /// <exception cref="ArgumentException">No such subnet, or nothing in it sends.</exception>
    public Traffic From(SubnetId subnet)
    {
        if (Model.FindSubnet(subnet) is null) throw new ArgumentException($"subnet {subnet} is not in {Name}", nameof(subnet));
        var senders = Model.Interfaces.Where(i => i.Subnet == subnet && i.Kind != NetworkInterfaceKind.VpcEndpoint).ToImmutableArray();
        if (senders.IsEmpty) throw new ArgumentException($"subnet {subnet} has no network interface that sends; add one (network_interfaces) to test what it may reach", nameof(subnet));
        return Traffic.Create(this, $"subnet {subnet}", senders);
    }

    /// <summary>Everything the cluster's nodes send: its node interface in every subnet of its subnet group (RS8).</summary>
    /// <exception cref="ArgumentException">No such cluster.</exception>
    public Traffic From(RedshiftClusterId cluster)
    {
        var nodes = Model.InterfacesOf(cluster);
        if (nodes.IsEmpty) throw new ArgumentException($"cluster {cluster} is not in {Name}", nameof(cluster));
        return Traffic.Create(this, $"cluster {cluster}", nodes);
    }

    /// <exception cref="ArgumentException">No such interface.</exception>
    public Traffic From(NetworkInterfaceId networkInterface) =>
        Model.FindInterface(networkInterface) is { } nic
            ? Traffic.Create(this, $"interface {networkInterface}", [nic])
            : throw new ArgumentException($"network interface {networkInterface} is not in {Name}", nameof(networkInterface));

    /// <exception cref="ArgumentException">No such instance.</exception>
    public Traffic From(InstanceId instance) =>
        Model.InterfacesOf(instance) is { IsEmpty: false } nics
            ? Traffic.Create(this, $"instance {instance}", nics)
            : throw new ArgumentException($"instance {instance} is not in {Name}", nameof(instance));

    /// <summary>The cluster's <c>pathsim check</c> verdicts, for assertions over its flows.</summary>
    /// <exception cref="ArgumentException">No such cluster.</exception>
    public ClusterUnderTest Cluster(RedshiftClusterId cluster)
    {
        var check = Check().Clusters.FirstOrDefault(c => c.Cluster == cluster)
            ?? throw new ArgumentException($"cluster {cluster} is not in {Name}", nameof(cluster));
        return new ClusterUnderTest(this, check);
    }

    /// <summary>The report of <c>pathsim check</c> for every cluster (computed once).</summary>
    public RedshiftCheck Check()
    {
        lock (_gate)
            // The composition of pathsim check (PathSim.Cli AnalysisComposition): symbolic probe, policy authorizer.
            return _check ??= new RedshiftAnalyzer(new SymbolicPathProbe(Model), new PolicyFlowAuthorizer(Topology)).Check(Topology);
    }

    /// <summary>The topology after the edits (a what-if), as a new network to test.</summary>
    /// <exception cref="InvalidTopologyException">An edit names a missing resource, cannot apply, or leaves the topology invalid.</exception>
    public NetworkUnderTest With(params TopologyEdit[] edits)
    {
        var outcome = TopologyEditor.Apply(Topology, edits);
        if (!outcome.Succeeded)
            throw new InvalidTopologyException($"{Name} after {string.Join(", ", edits.Select(e => e.Describe()))}", outcome.Diagnostics);
        return Of(outcome.Topology, $"{Name} after {string.Join(", ", edits.Select(e => e.Describe()))}");
    }

    /// <summary>Follows one packet (as <c>pathsim trace</c>), from the interface that owns its source address.</summary>
    /// <exception cref="ArgumentException">No interface has the packet's source address.</exception>
    public TraceResult Trace(PacketHeader packet)
    {
        var source = Model.InterfacesWithPrivateIp(packet.Source).FirstOrDefault()
            ?? throw new ArgumentException($"no network interface of {Name} has the address {packet.Source}", nameof(packet));
        lock (_gate) return _tracer.Trace(Counterexample.RequestFor(source, packet));
    }

    /// <summary>The file the topology came from, for messages.</summary>
    public string Name => Topology.Source.Length > 0 ? Topology.Source : "the topology";

    internal PacketSpace Space => _engine.Space;

    internal T Locked<T>(Func<SymbolicEngine, PacketTracer, T> action)
    {
        lock (_gate) return action(_engine, _tracer);
    }
}
