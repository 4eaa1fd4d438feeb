namespace PathSim.Redshift;

/// <summary>Evaluates the endpoint policy, then the bucket policy, on the requests a flow makes (E3, E4, RS4).</summary>
public interface IFlowAuthorizer
{
    FlowAccessOutcome Authorize(FlowAccessQuery query);
}
