namespace PathSim.Redshift;

/// <summary>Which leg of a connection a hop belongs to: the request, or the reply (checked again by stateless NACLs, F2).</summary>
public enum PathDirection
{
    Forward,
    Return,
}
