namespace PathSim.Network;

/// <summary>Which rule list of a filter applies: ingress (into the subnet or interface) or egress (out of it).</summary>
public enum TrafficDirection
{
    Ingress,
    Egress,
}
