namespace PathSim.Testing.Assertions;

/// <summary>
/// A reachability assertion does not hold. The message states the expectation and, for an assertion over
/// packets, one concrete counterexample (<see cref="Counterexample"/>): the packet, what happens to it and
/// the rule that decided it, with its file:line:col. Any test framework reports it as a failure.
/// </summary>
public sealed class ReachabilityAssertionException(string message, Counterexample? counterexample = null) : Exception(message)
{
    /// <summary>The first failing packet, for assertions over packets; null for assertions over check verdicts.</summary>
    public Counterexample? Counterexample { get; } = counterexample;
}
