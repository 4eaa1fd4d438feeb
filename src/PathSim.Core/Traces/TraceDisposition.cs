namespace PathSim.Traces;

/// <summary>Where a traced packet ended up.</summary>
public enum TraceDisposition
{
    /// <summary>Arrived at a network interface (its security groups admitted it).</summary>
    DeliveredToInterface,
    /// <summary>Left through an internet gateway to a public address that no modelled service owns.</summary>
    ReachedInternet,
    /// <summary>Reached an AWS service's address space (S3, Glue, Athena … in a region) or an interface endpoint of it.</summary>
    ReachedService,
    /// <summary>
    /// Reached a service AWS answers on the sender's own host (the Amazon DNS server, instance metadata,
    /// Time Sync; <see cref="PathSim.Network.AmazonProvidedService"/>): no route table, security group or ACL sees it (F4).
    /// </summary>
    ReachedHostService,
    /// <summary>Dropped; the last step of the last hop is a <see cref="DropStep"/> with the code.</summary>
    Dropped,
}
