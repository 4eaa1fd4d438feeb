namespace PathSim.Diagnostics;

/// <summary>
/// A kind of problem with the input: stable id (<c>PSnnnn</c>), title, and a message format whose
/// placeholders <c>{0}</c>… are filled by <see cref="Diagnostic.Arguments"/>. Ids never change
/// meaning; retired ids stay reserved in <see cref="DiagnosticDescriptors"/>.
/// </summary>
public sealed record DiagnosticDescriptor(string Id, string Title, string MessageFormat, DiagnosticSeverity Severity);
