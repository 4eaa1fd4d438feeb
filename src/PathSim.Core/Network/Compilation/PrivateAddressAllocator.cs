using PathSim.Addressing;
using PathSim.Topology;

namespace PathSim.Network.Compilation;

/// <summary>
/// Picks deterministic private addresses for interfaces the model places itself: the first address at or
/// above network+4 (AWS reserves the first four and the last address of every subnet) that no declared
/// or earlier placed interface uses.
/// </summary>
internal sealed class PrivateAddressAllocator
{
    private readonly HashSet<(SubnetId, uint)> _used = [];

    public void Reserve(SubnetId subnet, Ipv4Address address) => _used.Add((subnet, address.Value));

    public Ipv4Address? Allocate(Subnet subnet)
    {
        long first = (long)subnet.Cidr.First.Value + 4;
        long last = (long)subnet.Cidr.Last.Value - 1;
        for (long a = first; a <= last; a++)
        {
            if (_used.Add((subnet.Id, (uint)a))) return new Ipv4Address((uint)a);
        }
        return null;
    }
}
