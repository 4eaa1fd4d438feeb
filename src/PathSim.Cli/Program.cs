namespace PathSim.Cli;

public static class Program
{
    public static int Main(string[] args) => PathSimApp.Run(args, Console.Out, Console.Error);
}
