namespace PathSim.Cli.Tests;

/// <summary>Runs the real root command in-process, capturing stdout and stderr.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(params string[] args) => RunWith(null, args);

    public static Result RunWith(Func<PathSim.Topology.NetworkTopology, PathSim.Redshift.RedshiftAnalyzer>? analyzerFactory, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int exit = PathSimApp.Run(args, output, error, analyzerFactory);
        return new Result(exit, output.ToString(), error.ToString());
    }
}
