using System.CommandLine;
using System.CommandLine.Parsing;
using PathSim.Diagnostics;

namespace PathSim.Cli;

/// <summary>
/// System.CommandLine's parse errors (unknown option, bad value, missing option or command) as PS7001
/// diagnostics, <c>error PS7001: --opt: problem</c>, the form of pathsim's own argument errors (README
/// "The command line"), so a script sees one shape and, under <c>--format json</c>, one JSON document.
/// </summary>
internal static class CommandLineErrors
{
    public static IReadOnlyList<Diagnostic> Of(ParseResult parse)
    {
        var found = new List<Diagnostic>();
        void Add(string argument, string problem) =>
            found.Add(Diagnostic.Create(DiagnosticDescriptors.InvalidArgument, SourceLocation.None, argument, problem));

        var command = parse.CommandResult.Command;
        foreach (var token in parse.UnmatchedTokens)
        {
            if (token.StartsWith('-'))
                Add(token, "unknown option" + DidYouMean(token, command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))));
            else if (command.Subcommands.Count > 0)
            {
                // A mistyped command: what follows it is its arguments, not more mistakes.
                Add(token, $"unknown command{DidYouMean(token, command.Subcommands.Select(c => c.Name))} (commands: {Names(command)})");
                return found;
            }
            else
                Add(token, "unexpected argument");
        }
        foreach (var error in parse.Errors)
        {
            if (error.Message.StartsWith("Unrecognized command or argument", StringComparison.Ordinal)) continue;
            var (argument, problem) = Describe(error, command);
            Add(argument, problem);
        }
        return found;
    }

    private static (string Argument, string Problem) Describe(ParseError error, Command command)
    {
        string message = error.Message.TrimEnd('.');
        switch (error.SymbolResult)
        {
            case OptionResult option:
                return (option.Option.Name, Problem(message, option.Option.Name, option.Tokens));
            case ArgumentResult argument when argument.Parent is OptionResult owner:
                return (owner.Option.Name, Problem(message, owner.Option.Name, argument.Tokens));
            // "Required argument 'after' missing for command: 'diff'": say what the command takes (trial-4 #11).
            case ArgumentResult argument when message.StartsWith("Required argument '", StringComparison.Ordinal):
                return (argument.Argument.Name.ToUpperInvariant(), $"missing (usage: {command.Name} {string.Join(" ", command.Arguments.Select(a => a.Name.ToUpperInvariant()))})");
            case ArgumentResult argument:
                return (argument.Argument.Name.ToUpperInvariant(), Problem(message, argument.Argument.Name, argument.Tokens));
        }
        // "Option '--output' is required." names the option only in its text.
        if (Quoted(message, "Option '") is { } name && message.EndsWith("is required", StringComparison.Ordinal)) return (name, "is required");
        if (message.StartsWith("Required command was not provided", StringComparison.Ordinal)) return ("COMMAND", $"missing (commands: {Names(command)})");
        if (message.StartsWith("Required argument missing for command", StringComparison.Ordinal))
            return (command.Arguments.FirstOrDefault()?.Name.ToUpperInvariant() ?? "ARGUMENT", "missing");
        return (command.Name, message);
    }

    /// <summary>The library's sentences in pathsim's form: what the value is not, lower case, no full stop.</summary>
    private static string Problem(string message, string option, IReadOnlyList<Token> tokens)
    {
        string value = tokens.Count > 0 ? tokens[^1].Value : "";
        if (message.StartsWith("Argument '", StringComparison.Ordinal) && message.Contains("Must be one of:", StringComparison.Ordinal))
        {
            var choices = message[(message.IndexOf("Must be one of:", StringComparison.Ordinal) + "Must be one of:".Length)..]
                .Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim('\''));
            return $"'{value}' is not one of {string.Join(", ", choices)}";
        }
        if (message.StartsWith("Cannot parse argument", StringComparison.Ordinal))
            return message.Contains("System.Int", StringComparison.Ordinal) ? $"'{value}' is not a whole number" : $"'{value}' is not a valid value";
        if (message.Contains("Required argument missing", StringComparison.Ordinal)) return "needs a value";
        if (message.EndsWith("is required", StringComparison.Ordinal)) return "is required";
        if (message.StartsWith(option + " ", StringComparison.Ordinal)) message = message[(option.Length + 1)..];
        return message;
    }

    private static string? Quoted(string message, string prefix)
    {
        if (!message.StartsWith(prefix, StringComparison.Ordinal)) return null;
        int end = message.IndexOf('\'', prefix.Length);
        return end < 0 ? null : message[prefix.Length..end];
    }

    private static string DidYouMean(string token, IEnumerable<string> names) =>
        NameSuggestion.Closest(token, names.Where(n => n.StartsWith("--", StringComparison.Ordinal) || !n.StartsWith('-'))) is { } near ? $" (did you mean {near}?)" : "";

    private static string Names(Command command) => string.Join(", ", command.Subcommands.Select(c => c.Name));
}
