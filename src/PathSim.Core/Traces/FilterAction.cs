namespace PathSim.Traces;

/// <summary>What a filter (security group, network ACL) did with the traced packet.</summary>
public enum FilterAction
{
    Allow,
    Deny,
    /// <summary>Only part of the reply's ephemeral ports pass (F3): the flow is intermittent.</summary>
    Partial,
}
