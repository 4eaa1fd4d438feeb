namespace PathSim.Cli;

public static class Program
{
    public static int Main(string[] args) => 3;   // replaced by the command tree
}
