namespace PathSim.Topology;

public enum RedshiftDeployment
{
    Provisioned,
    Serverless,
}
