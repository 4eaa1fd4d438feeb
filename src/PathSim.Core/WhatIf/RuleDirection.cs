namespace PathSim.WhatIf;

/// <summary>Which list of a security group or network ACL a rule edit changes.</summary>
public enum RuleDirection
{
    Ingress,
    Egress,
}
