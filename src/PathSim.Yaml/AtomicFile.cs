using System.Text;

namespace PathSim.Yaml;

/// <summary>
/// Writes a file so readers see the old contents or the new, never half a file (DESIGN.md "Nothing
/// lost"): the text goes to a temporary file in the same directory (so the final move is a rename
/// on the same file system), is flushed to disk, then replaces the target in one step.
/// </summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string contents)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(contents);
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full) ?? ".";
        string temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        // The temporary file is an implementation detail: errors name the directory or the target, never it.
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"the directory '{directory}' does not exist");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(contents);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch (FileNotFoundException)
        {
            // .NET's "Could not find file '…'" for a file it was asked to create: the directory takes no new files (/proc, /sys).
            throw new IOException($"the directory '{directory}' does not accept new files");
        }
        catch (UnauthorizedAccessException)
        {
            throw new UnauthorizedAccessException($"no permission to create or replace a file in the directory '{directory}'");
        }
        catch (IOException e) when (e.Message.Contains(temp, StringComparison.Ordinal))
        {
            throw new IOException(e.Message.Replace(temp, full, StringComparison.Ordinal), e);
        }
        finally
        {
            // Only left behind when writing or moving failed.
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
