using System.Collections.Immutable;
using PathSim.Diagnostics;

namespace PathSim.Testing.Assertions;

/// <summary>
/// The topology a test loads (or an edit it applies) is invalid: the message lists every error as
/// <c>file:line:col: error PSnnnn: message</c>, exactly as <c>pathsim check</c> prints them. In a test
/// this is the right failure: the assertions cannot be checked against a file pathsim refuses.
/// </summary>
public sealed class InvalidTopologyException(string what, ImmutableArray<Diagnostic> diagnostics)
    : Exception($"{what} is not a valid topology:{Environment.NewLine}{string.Join(Environment.NewLine, diagnostics.Where(d => d.IsError))}")
{
    public ImmutableArray<Diagnostic> Diagnostics { get; } = diagnostics;
}
