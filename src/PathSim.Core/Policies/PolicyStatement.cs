using PathSim.Collections;

namespace PathSim.Policies;

/// <summary>
/// One statement of a policy, with its position (<see cref="Index"/>, 0-based, and <see cref="Sid"/>)
/// and its JSON text so a decision can show the exact statement that decided it.
/// </summary>
public sealed record PolicyStatement
{
    public required int Index { get; init; }
    public string? Sid { get; init; }
    public required PolicyEffect Effect { get; init; }

    /// <summary>Null when the statement has neither Principal nor NotPrincipal (endpoint policies may omit it): applies to everyone.</summary>
    public PolicyPrincipal? Principal { get; init; }

    /// <summary>True when <see cref="Principal"/> came from <c>NotPrincipal</c>.</summary>
    public bool IsNotPrincipal { get; init; }

    /// <summary>Patterns from <c>Action</c>, or from <c>NotAction</c> when <see cref="IsNotAction"/>.</summary>
    public required ValueArray<string> Actions { get; init; }
    public bool IsNotAction { get; init; }

    /// <summary>Patterns from <c>Resource</c>, or from <c>NotResource</c> when <see cref="IsNotResource"/>.</summary>
    public required ValueArray<string> Resources { get; init; }
    public bool IsNotResource { get; init; }

    public ValueArray<PolicyCondition> Conditions { get; init; }

    /// <summary>The statement's JSON exactly as written.</summary>
    public required string Text { get; init; }

    /// <summary><c>#2 "DenyOutsideVpce"</c> or <c>#0</c>: how reports name a statement.</summary>
    public string DisplayName => Sid is null ? $"#{Index}" : $"#{Index} \"{Sid}\"";
}
