using PathSim.Cli.Output;
using Xunit;

namespace PathSim.Cli.Tests;

public sealed class PrintableTextWriterTests
{
    [Fact]
    public void Write_EscapeCarriageReturnAndBidi_AreEscapedLineFeedAndTabPass()
    {
        var inner = new StringWriter { NewLine = "\n" };
        var writer = new PrintableTextWriter(inner);

        writer.Write("a\u001B[31mb\rc\u2066d\te");
        writer.WriteLine();
        writer.Write('\u202E');

        Assert.Equal("a\\u001B[31mb\\u000Dc\\u2066d\te\n\\u202E", inner.ToString());
    }
}
