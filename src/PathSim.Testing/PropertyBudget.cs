using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace PathSim.Testing;

/// <summary>
/// How many cases a property runs: a baseline that fits CI, multiplied by the environment variable
/// <c>PATHSIM_PROPERTY_SCALE</c> (default 1) for soak runs, e.g.
/// <c>PATHSIM_PROPERTY_SCALE=100 dotnet test tests/PathSim.Core.Tests -c Release --filter Category=Property</c>.
/// </summary>
public static class PropertyBudget
{
    public const string ScaleVariable = "PATHSIM_PROPERTY_SCALE";

    public static int Scale
    {
        get
        {
            var text = Environment.GetEnvironmentVariable(ScaleVariable);
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int scale) && scale > 0 ? scale : 1;
        }
    }

    public static int Cases(int baseline) => checked(baseline * Scale);

    /// <summary>Runs the property for <see cref="Cases"/>(<paramref name="baseline"/>) cases and throws with the shrunk counterexample on failure.</summary>
    public static void Check(Property property, int baseline, int endSize = 100) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases(baseline)).WithEndSize(endSize), property);

    public static void Check<T>(Arbitrary<T> arbitrary, Func<T, bool> property, int baseline, int endSize = 100) =>
        Check(Prop.ForAll(arbitrary, property), baseline, endSize);
}
