using System.Text.Json;
using PressMine.Records;

namespace PressMine.Pipeline;

/// <summary>
/// Reads checkpoint lines with their byte offsets, and single lines back by offset: the write pass then walks the
/// pages in output order while holding only (path, offset) pairs in memory, not the pages.
/// </summary>
sealed class CheckpointReader(string path) : IDisposable
{
    readonly FileStream stream = new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
    readonly MemoryStream line = new();
    byte[]? chunk;

    /// <summary>Every complete, parseable line with its offset; a torn line from a killed run is skipped.</summary>
    public IEnumerable<(long Offset, ProcessedPage Page)> ReadAll()
    {
        stream.Position = 0;
        var buffer = new byte[1 << 16];
        long lineStart = 0, position = 0;
        line.SetLength(0);
        for (int read; (read = stream.Read(buffer)) > 0;)
        {
            int from = 0;
            for (int i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n') continue;
                line.Write(buffer, from, i - from);
                if (Parse() is { } page) yield return (lineStart, page);
                line.SetLength(0);
                from = i + 1;
                lineStart = position + i + 1;
            }
            line.Write(buffer, from, read - from);
            position += read;
        }
    }

    /// <summary>The page on the line that starts at <paramref name="offset"/>, read in blocks up to its newline.</summary>
    public ProcessedPage ReadAt(long offset)
    {
        line.SetLength(0);
        var block = chunk ??= new byte[1 << 16];
        for (long at = offset; ;)
        {
            int read = RandomAccess.Read(stream.SafeFileHandle, block, at);
            if (read == 0) break;
            int newline = block.AsSpan(0, read).IndexOf((byte)'\n');
            line.Write(block, 0, newline < 0 ? read : newline);
            if (newline >= 0) break;
            at += read;
        }
        return Parse() ?? throw new InvalidDataException($"checkpoint line at {offset} cannot be read");
    }

    ProcessedPage? Parse()
    {
        if (line.Length == 0) return null;
        try { return JsonSerializer.Deserialize<ProcessedPage>(line.GetBuffer().AsSpan(0, (int)line.Length), CheckpointStore.Json); }
        catch (JsonException) { return null; }
    }

    public void Dispose()
    {
        stream.Dispose();
        line.Dispose();
    }
}
