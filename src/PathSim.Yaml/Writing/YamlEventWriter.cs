using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace PathSim.Yaml.Writing;

/// <summary>
/// A thin layer over YamlDotNet's emitter: the emitter decides quoting and escaping (so any string
/// round-trips), we decide the layout — block mappings for resources, flow style for short rules.
/// </summary>
internal sealed class YamlEventWriter
{
    private readonly Emitter _emitter;

    public YamlEventWriter(TextWriter output)
    {
        var settings = new EmitterSettings().WithBestWidth(int.MaxValue).WithIndentedSequences().WithNewLine("\n");
        _emitter = new Emitter(output, settings);
        _emitter.Emit(new StreamStart());
        _emitter.Emit(new DocumentStart(null, null, isImplicit: true));
    }

    public void Finish()
    {
        _emitter.Emit(new DocumentEnd(isImplicit: true));
        _emitter.Emit(new StreamEnd());
    }

    public void BeginMapping(bool flow = false) =>
        _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, flow ? MappingStyle.Flow : MappingStyle.Block));

    public void EndMapping() => _emitter.Emit(new MappingEnd());

    public void BeginSequence(bool flow = false) =>
        _emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, flow ? SequenceStyle.Flow : SequenceStyle.Block));

    public void EndSequence() => _emitter.Emit(new SequenceEnd());

    /// <summary>A value the reader parses itself (numbers, booleans, CIDRs, enum names): written plain.</summary>
    public void Plain(string value) => Scalar(value, ScalarStyle.Any);

    /// <summary>
    /// Free text. Text a plain scalar would turn into null (<c>~</c>, <c>null</c>, empty) is quoted;
    /// the emitter quotes whatever else plain style cannot hold.
    /// </summary>
    public void Text(string value) =>
        Scalar(value, value is "" or "~" or "null" or "Null" or "NULL" ? ScalarStyle.DoubleQuoted : ScalarStyle.Any);

    public void Quoted(string value) => Scalar(value, ScalarStyle.DoubleQuoted);

    public void Null() => Scalar("null", ScalarStyle.Plain);

    public void Key(string key) => Scalar(key, ScalarStyle.Plain);

    private void Scalar(string value, ScalarStyle style) =>
        _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, style, true, true));
}
