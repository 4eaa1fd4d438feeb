namespace PathSim.HelloWorld;

/// <summary>Prints one line: what starting the .NET runtime costs, to compare pathsim's whole-process time with.</summary>
public static class Program
{
    public static void Main() => Console.WriteLine("hello");
}
