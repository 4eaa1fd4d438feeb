using System.Globalization;
using PathSim.Collections;
using PathSim.Topology;
using PathSim.Yaml.Schema;
using PathSim.Yaml.Writing;

namespace PathSim.Yaml;

/// <summary>
/// Writes a <see cref="NetworkTopology"/> as a format-1 file that <see cref="TopologyYamlReader"/>
/// reads back to an equal topology (after <see cref="TopologyLocations.Strip"/>). Output is
/// deterministic: keys in the schema's order, resources in the topology's order. Everything a
/// reader default would add is written out explicitly (security group egress, default ACL rules),
/// and policies are written as JSON strings so their text survives unchanged.
/// </summary>
/// <remarks>
/// Not expressible in format 1, so not preserved: ports on rules whose protocol is not TCP or UDP
/// (the reader refuses them, PS2109), a VPC or bucket region that is empty, and which non-available
/// state a NAT gateway, endpoint or peering connection was in (only available or not is kept).
/// </remarks>
public static class TopologyYamlWriter
{
    public static string Write(NetworkTopology topology)
    {
        ArgumentNullException.ThrowIfNull(topology);
        var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var w = new YamlEventWriter(output);
        new TopologyEmitter(w, topology).Emit();
        w.Finish();
        return output.ToString();
    }

    /// <summary>Writes <paramref name="path"/> atomically (<see cref="AtomicFile"/>).</summary>
    public static void WriteFile(NetworkTopology topology, string path) => AtomicFile.WriteAllText(path, Write(topology));
}
