using System.Text.RegularExpressions;
using PathSim.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PathSim.Yaml.Syntax;

/// <summary>
/// Builds a <see cref="YamlNode"/> tree from YamlDotNet's event parser in one iterative pass that
/// enforces <see cref="YamlReadLimits"/> as it goes: depth (PS1004), alias uses (PS1005) and the
/// expanded node count (PS1007, which bounds every later walk, since an alias is walked once per
/// use). The event parser is iterative, so a 100 000-deep input is refused at depth 65 instead of
/// overflowing the stack; YamlDotNet's leaking non-YamlException exceptions become PS1003.
/// </summary>
internal static partial class YamlTreeLoader
{
    private sealed class Frame(YamlNode node, long startCount, string? anchor)
    {
        public YamlNode Node { get; } = node;
        public long StartCount { get; } = startCount;
        public string? Anchor { get; } = anchor;
        public int Height { get; set; }
        public YamlNode? PendingKey { get; set; }
    }

    private readonly record struct Anchored(YamlNode Node, long Size, int Height);

    /// <summary>The document's root node, or null with the reason in <paramref name="diagnostics"/>.</summary>
    public static YamlNode? Load(string text, string file, YamlReadLimits limits, List<Diagnostic> diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<Frame>();
        var anchors = new Dictionary<string, Anchored>(StringComparer.Ordinal);
        YamlNode? root = null;
        long expanded = 0;
        int aliases = 0, documents = 0;
        Mark last = Mark.Empty;

        SourceLocation At(Mark m) => new(file, Math.Max(1, (int)m.Line), Math.Max(1, (int)m.Column));
        YamlNode? Fail(DiagnosticDescriptor d, Mark m, params string[] args)
        {
            diagnostics.Add(Diagnostic.Create(d, At(m), args));
            return null;
        }

        void Attach(YamlNode node, int height)
        {
            if (stack.Count == 0)
            {
                root = node;
                return;
            }
            var parent = stack.Peek();
            parent.Height = Math.Max(parent.Height, height);
            if (parent.Node.IsSequence)
            {
                parent.Node.Items.Add(node);
            }
            else if (parent.PendingKey is null)
            {
                parent.PendingKey = node;
            }
            else
            {
                parent.Node.Pairs.Add(new(parent.PendingKey, node));
                parent.PendingKey = null;
            }
        }

        try
        {
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                last = ev.Start;
                switch (ev)
                {
                    case DocumentStart when ++documents > 1:
                        return Fail(DiagnosticDescriptors.SyntaxError, ev.Start, "a topology file holds one YAML document, but a second one starts here");
                    case Scalar s:
                        expanded++;
                        var scalar = YamlNode.Scalar(s.Value, s.Style == ScalarStyle.Plain && s.Tag.IsEmpty, (int)s.Start.Line, (int)s.Start.Column);
                        if (!s.Anchor.IsEmpty) anchors[s.Anchor.Value] = new(scalar, 1, 0);
                        Attach(scalar, 0);
                        break;
                    case NodeEvent { } start and (SequenceStart or MappingStart):
                        if (stack.Count + 1 > limits.MaxDepth)
                            return Fail(DiagnosticDescriptors.NestingTooDeep, ev.Start, limits.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        var kind = start is SequenceStart ? YamlNodeKind.Sequence : YamlNodeKind.Mapping;
                        stack.Push(new Frame(YamlNode.Collection(kind, (int)ev.Start.Line, (int)ev.Start.Column), expanded, start.Anchor.IsEmpty ? null : start.Anchor.Value));
                        expanded++;
                        break;
                    case SequenceEnd or MappingEnd:
                        var done = stack.Pop();
                        int height = done.Height + 1;
                        if (done.Anchor is not null) anchors[done.Anchor] = new(done.Node, expanded - done.StartCount, height);
                        Attach(done.Node, height);
                        break;
                    case AnchorAlias alias:
                        if (++aliases > limits.MaxAliases)
                            return Fail(DiagnosticDescriptors.AliasesNotAllowed, ev.Start, limits.MaxAliases.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        // An anchor still open (an alias inside its own anchor) is not in the table yet, so cycles are refused here.
                        if (!anchors.TryGetValue(alias.Value.Value, out var target))
                            return Fail(DiagnosticDescriptors.SyntaxError, ev.Start, $"alias '*{alias.Value.Value}' names no anchor defined before it");
                        if (stack.Count + target.Height > limits.MaxDepth)
                            return Fail(DiagnosticDescriptors.NestingTooDeep, ev.Start, limits.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        expanded += target.Size;
                        Attach(target.Node, target.Height);
                        break;
                }
                if (expanded > limits.MaxNodes)
                    return Fail(DiagnosticDescriptors.TooManyNodes, ev.Start, limits.MaxNodes.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        catch (YamlException e)
        {
            return Fail(DiagnosticDescriptors.SyntaxError, e.Start, CleanMessage(e));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet leaks these for some malformed inputs (DOTNET-NOTES.md); the position is the last event read.
            return Fail(DiagnosticDescriptors.SyntaxError, last, $"malformed YAML ({e.Message})");
        }

        // A whole-file problem: `file: error PS1006`, line and column 0 (README, "The command line").
        if (root is null || root.IsNull)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.EmptyDocument, new SourceLocation(file, 0, 0)));
            return null;
        }
        return root;
    }

    /// <summary>YamlDotNet prefixes messages with "(Line: 2, Col: 1, Idx: 10) - (Line: ...): "; the diagnostic has its own position.</summary>
    private static string CleanMessage(YamlException e)
    {
        string message = PositionPrefix().Replace(e.Message, "");
        if (e.InnerException is { } inner && !string.IsNullOrWhiteSpace(inner.Message) && inner.Message != message)
            message = $"{message} {PositionPrefix().Replace(inner.Message, "")}";
        return message.Trim();
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();
}
