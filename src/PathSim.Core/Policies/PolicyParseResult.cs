using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using PathSim.Diagnostics;

namespace PathSim.Policies;

/// <summary>The outcome of <see cref="PolicyDocument.Parse"/>: a document, or the diagnostics that prevented one.</summary>
public sealed record PolicyParseResult
{
    public PolicyParseResult(PolicyDocument? document, ImmutableArray<Diagnostic> diagnostics)
    {
        // Invariant: a document exactly when no error was found.
        if ((document is null) == diagnostics.IsDefaultOrEmpty)
            throw new ArgumentException("a parse result has a document exactly when it has no diagnostics");
        Document = document;
        Diagnostics = diagnostics.IsDefault ? [] : diagnostics;
    }

    public PolicyDocument? Document { get; }
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    [MemberNotNullWhen(true, nameof(Document))]
    public bool Succeeded => Document is not null;
}
