using System.Text.Json;
using PathSim.Diagnostics;

namespace PathSim.Aws.Snapshots;

/// <summary>Parses one snapshot file and hands its document to <see cref="DescribeOutputReader"/>; a file that is not JSON is reported (PS6101) and skipped.</summary>
internal static class SnapshotFile
{
    /// <summary>Large accounts produce big outputs, but a file beyond this is not a describe output worth parsing into memory.</summary>
    public const long MaxBytes = 512L * 1024 * 1024;

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static void Read(string path, string region, string? account, SnapshotContent content)
    {
        var source = new DescribeSource(path, region, account);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxBytes)
            {
                content.Report(DiagnosticDescriptors.FileTooLarge, source.Location, info.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            content.Report(DiagnosticDescriptors.FileNotFound, source.Location, path, e.Message);
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException e)
        {
            var where = new SourceLocation(path, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
            content.Report(DiagnosticDescriptors.SnapshotFileMalformed, where, $"not valid JSON: {ShortMessage(e)}", JsonErrorPath.Find(bytes, ReaderOptions));
            return;
        }
        using (document)
            DescribeOutputReader.Read(document.RootElement, source, content);
    }

    /// <summary>System.Text.Json appends "Path: … | LineNumber: …" to its messages; the diagnostic carries those itself.</summary>
    private static string ShortMessage(JsonException e)
    {
        string message = e.Message;
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).TrimEnd();
    }
}
